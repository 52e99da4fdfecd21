import groovy.json.JsonSlurper
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 7 : "expected 7 builds in build.log, found ${runs.size()}"
// spotbugs:check prints one line per bug: "[ERROR] <priority>: <message> [<class>] <where> <BUG_TYPE>".
def bugLines = { String run -> run.readLines().findAll { it =~ /^\[ERROR\] (High|Medium|Low): .* [A-Z][A-Z0-9_]+$/ }.unique() }

// 1. Defaults: one finding per leak, with the message, file and line; none from Suppressed.
def defaults = bugLines(runs[0])
assert defaults.any { it.contains('LEAK_RESOURCE_NOT_CLOSED') && it.contains('ReportWriter.java:[line 10]') && it.contains('FileWriter is not closed') } : "${defaults}"
assert defaults.any { it.contains('LEAK_EXECUTOR_NOT_SHUT_DOWN') && it.contains('Workers.java:[line 9]') } : "${defaults}"
assert defaults.any { it.contains('LEAK_THREADLOCAL_NOT_REMOVED') && it.contains('RequestContext.java') } : "${defaults}"
assert !defaults.any { it.contains('Suppressed.java') && it.contains('LEAK_') } : "a suppressed leak was reported: ${defaults}"
assert runs[0].contains('BUILD FAILURE')

// The last run's reports are in target/: run 7 found the new leak. The reports of run 1 are checked through
// run 7's, which have the same shape: XML with our bug type, category and message; SARIF with our rule and text.
def xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(basedir, 'target/spotbugsXml.xml'))
def bugs = xml.getElementsByTagName('BugInstance')
def newLeak = (0..<bugs.length).collect { bugs.item(it) }.find { it.getAttribute('type') == 'LEAK_EXECUTOR_NOT_SHUT_DOWN' }
assert newLeak != null : 'LEAK_EXECUTOR_NOT_SHUT_DOWN in spotbugsXml.xml'
assert newLeak.getAttribute('category') == 'LEAK'
assert newLeak.getElementsByTagName('LongMessage').item(0).textContent.contains('never shut down')
assert newLeak.getElementsByTagName('SourceLine').item(0).getAttribute('sourcefile') == 'NewWorkers.java'
def sarif = new JsonSlurper().parse(new File(basedir, 'target/spotbugsSarif.json'))
def results = sarif.runs[0].results
assert results.any { it.ruleId == 'LEAK_EXECUTOR_NOT_SHUT_DOWN' && it.message.text.contains('never shut down') } : "${results}"
assert sarif.runs.collectMany { it.tool.extensions ?: [] }.any { it.name?.toLowerCase()?.contains('leakproof') } ||
    sarif.runs[0].tool.driver.rules.any { it.id == 'LEAK_EXECUTOR_NOT_SHUT_DOWN' } : 'our rule is described in the SARIF report'

// 2. Exclude filter on LEAK: SpotBugs' own findings (its resource detectors) remain, none of ours.
def excluded = bugLines(runs[1])
assert !excluded.isEmpty() && !excluded.any { it.contains('LEAK_') } : "${excluded}"

// 3. Include filter on LEAK: ours only, the same three as in 1.
def included = bugLines(runs[2])
assert included.size() == 3 && included.every { it.contains('LEAK_') } : "${included}"

// 4. -DLeakproof:Strict=threadlocal-caches in <jvmArgs>: the cache in Dates is reported too.
def strict = bugLines(runs[3])
assert strict.any { it.contains('LEAK_THREADLOCAL_NOT_REMOVED') && it.contains('Dates.java') } : "${strict}"
assert !included.any { it.contains('Dates.java') } : "${included}"

// 5-7. Baseline: written, then nothing fails, then only the new leak fails.
assert new File(basedir, 'spotbugs-baseline/spotbugsXml.xml').text.contains('LEAK_RESOURCE_NOT_CLOSED')
assert runs[4].contains('BUILD SUCCESS')
assert bugLines(runs[5]).isEmpty() : "${bugLines(runs[5])}"
assert runs[5].contains('BUILD SUCCESS')
def afterBaseline = bugLines(runs[6])
assert afterBaseline.size() == 1 && afterBaseline[0].contains('NewWorkers.java') : "${afterBaseline}"
true
