import groovy.json.JsonSlurper

// Run 1's command-line runs, each in target/cli/<case>.txt (standard output and error together); each exit code was
// checked by exec-maven-plugin's successCodes (1 findings, 0 report-only and baseline, 2 bad input).
def out = { String name -> new File(basedir, "target/cli/${name}.txt").text }
// A finding's line: file:line (or the file alone for a field, which has no line in bytecode), [Check], message.
def finding = /^app\/\w+\.java(:\d+)?: \[\w+\] /
def findingLines = { String text -> text.readLines().findAll { it =~ finding } }

// Findings: one line each, file:line, the check's Error Prone name, the message and the docs page; then a summary.
def findings = findingLines(out('findings'))
assert findings.size() == 2 : "${findings}"
assert findings[0].startsWith('app/Heartbeat.java:15: [TimerNotStopped] Timer is never stopped') : "${findings}"
assert findings[1].startsWith('app/Settings.java:10: [ResourceNotClosed] FileInputStream is not closed if load() at line 12 throws')
assert findings[1].endsWith('(see https://github.com/leakproof/leakproof/blob/main/docs/checks/ResourceNotClosed.md)')
assert out('findings').contains('leakproof: 2 findings')
assert out('findings') =~ /(?m)^ +1 TimerNotStopped +https:\S+TimerNotStopped\.md$/
assert out('findings').contains('leakproof: analysed ') // progress and timing on standard error

// SARIF: our rules and both results, at their files and lines.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/cli/findings.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'Leakproof'
assert sarif.runs[0].tool.driver.rules*.id.contains('TimerNotStopped')
def results = sarif.runs[0].results
assert results.size() == 2 : "${results}"
assert results.any { it.ruleId == 'ResourceNotClosed' &&
    it.locations[0].physicalLocation.artifactLocation.uri == 'app/Settings.java' &&
    it.locations[0].physicalLocation.region.startLine == 10 } : "${results}"

// --report-only: the same findings, exit 0.
assert findingLines(out('report-only')) == findings

// --strict static-executors: the static pool in IoPool too.
def strict = findingLines(out('strict'))
assert strict.size() == 3 && strict.any { it.startsWith('app/IoPool.java:8: [ExecutorNotShutDown] ') } : "${strict}"

// Bad input: one line each, naming the problem; no SARIF file half-written or at all.
assert out('unknown-strict-word').readLines() ==
    [out('unknown-strict-word').readLines().find { it.startsWith("leakproof: invalid option Leakproof:Strict: unknown value 'static-executor'") }]
assert out('missing-folder').readLines() == ['leakproof: no such class folder or jar: target/no-such-classes']
assert !new File(basedir, 'target/cli/missing-folder.sarif').exists()

// The baseline: written, readable, one line per finding.
assert out('write-baseline').contains('leakproof: wrote 2 findings to the baseline leakproof-baseline.txt')
def baseline = new File(basedir, 'leakproof-baseline.txt').readLines().findAll { !it.startsWith('#') }
assert baseline.size() == 2 && baseline[0].startsWith('ResourceNotClosed\tapp.Settings\tread(java.lang.String)\t') : "${baseline}"

// The script, run 1: everything is in the baseline, the build passes. Run 2: the new leak alone fails it.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 2 : "expected 2 builds in build.log, found ${runs.size()}"
assert runs[0].contains('leakproof: no new findings')
assert runs[0].contains('leakproof: 2 more findings listed in the baseline leakproof-baseline.txt')
assert runs[0].contains('BUILD SUCCESS')
def newFindings = findingLines(runs[1])
assert newFindings.size() == 1 && newFindings[0].startsWith('app/Sessions.java:11: [StaticCollectionOnlyGrows] ') : "${newFindings}"
assert runs[1].contains('leakproof: 1 new finding')
assert runs[1].contains('BUILD FAILURE')
true
