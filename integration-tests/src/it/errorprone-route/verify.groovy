// Reads build.log, which holds the output of every invocation in invoker.properties, in order.
def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 7 : "expected 7 builds in build.log, found ${runs.size()}"

def findings = { String run, String level, String check ->
  run.readLines().findAll { it.startsWith("[${level}]") && it.contains("[${check}]") }
}
def LEAKPROOF = /\[(ResourceNotClosed|ExecutorNotShutDown|TimerNotStopped|ListenerNotRemoved|StaticCollectionOnlyGrows|InnerClassLeaksOuter|ThreadLocalNotRemoved)\]/
def noLeakproof = { String run ->
  ['ResourceNotClosed', 'ExecutorNotShutDown', 'ThreadLocalNotRemoved'].every { check -> !run.contains("[${check}]") }
}

// 1. Defaults: errors naming file, line, column and check; the build fails; nothing from Suppressed.java
//    or OnlyWithOptions.java.
def defaults = runs[0]
assert findings(defaults, 'ERROR', 'ResourceNotClosed').any { it.contains('/app/ReportWriter.java:[10,') }
assert findings(defaults, 'ERROR', 'ExecutorNotShutDown').any { it.contains('/app/Workers.java:[9,') }
assert findings(defaults, 'ERROR', 'ThreadLocalNotRemoved').any { it.contains('/app/RequestContext.java:[5,') }
assert !defaults.readLines().any { it.contains('/app/Suppressed.java:[') && it =~ /\[(ResourceNotClosed|ExecutorNotShutDown|ThreadLocalNotRemoved)\]/ } : 'a suppressed leak was reported'
// Maven repeats compile errors in its failure summary: count distinct lines.
def withoutOptions = defaults.readLines().findAll { it.contains('/app/OnlyWithOptions.java:[') && it =~ LEAKPROOF }.unique()
// Without Leakproof:CloseMethods the helper's finish(in) is not known to close: the one finding here.
assert withoutOptions.size() == 1 && withoutOptions[0].contains('OnlyWithOptions.java:[37,') : "${withoutOptions}"
assert defaults.contains('BUILD FAILURE')

// 2. -Xep:<Check>:WARN: the same findings as warnings; the build passes.
def warn = runs[1]
assert findings(warn, 'WARNING', 'ResourceNotClosed').any { it.contains('/app/ReportWriter.java:[10,') }
assert findings(warn, 'WARNING', 'ExecutorNotShutDown').any { it.contains('/app/Workers.java:[9,') }
assert findings(warn, 'WARNING', 'ThreadLocalNotRemoved').any { it.contains('/app/RequestContext.java:[5,') }
assert warn.contains('BUILD SUCCESS')

// 3. -Xep:<Check>:OFF: nothing.
assert noLeakproof(runs[2])
assert runs[2].contains('BUILD SUCCESS')

// 4. -XepOpt:Leakproof:Severity=WARN: every check's findings are warnings.
def allWarn = runs[3]
assert findings(allWarn, 'WARNING', 'ResourceNotClosed').any { it.contains('/app/ReportWriter.java:[10,') }
assert findings(allWarn, 'WARNING', 'ExecutorNotShutDown').any { it.contains('/app/Workers.java:[9,') }
assert findings(allWarn, 'WARNING', 'ThreadLocalNotRemoved').any { it.contains('/app/RequestContext.java:[5,') }
assert findings(allWarn, 'ERROR', 'ResourceNotClosed').isEmpty()
assert allWarn.contains('BUILD SUCCESS')

// 5. -XepDisableAllChecks plus our checks: ours are reported, Error Prone's own (DefaultCharset on FileWriter) not.
def only = runs[4]
assert findings(only, 'WARNING', 'ResourceNotClosed').any { it.contains('/app/ReportWriter.java:[10,') }
assert !only.contains('[DefaultCharset]')
assert runs[3].contains('[DefaultCharset]') : 'Error Prone\'s own checks run in the other builds'

// 6. Options: each one adds (or, for CloseMethods, removes) exactly the finding it is about.
def options = runs[5].readLines().findAll { it.contains('/app/OnlyWithOptions.java:[') && it =~ LEAKPROOF }
def at = { int line, String check -> options.any { it.contains("OnlyWithOptions.java:[${line},") && it.contains("[${check}]") } }
assert at(10, 'ThreadLocalNotRemoved') : "Strict=threadlocal-caches: ${options}"
assert at(13, 'ThreadLocalNotRemoved') : "ThreadLocalTypes: ${options}"
assert at(25, 'ResourceNotClosed') : "ResourceTypes: ${options}"
assert at(31, 'ResourceNotClosed') : "ResourceFactories from the options file: ${options}"
assert !options.any { it.contains('OnlyWithOptions.java:[37,') } : "CloseMethods: ${options}"
assert at(57, 'ListenerNotRemoved') : "ListenerPairs: ${options}"
assert options.size() == 5 : "${options}"
assert runs[5].contains('BUILD SUCCESS')

// 7. A bad value: an error that names the option and the value, no stack trace, no findings.
def bad = runs[6]
assert bad.readLines().any { it.contains('Leakproof: invalid option Leakproof:Strict') && it.contains("'everything'") }
assert !bad.contains('\tat com.google.errorprone')
assert noLeakproof(bad)
assert bad.contains('BUILD FAILURE')
true
