def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^\[INFO\] Scanning for projects\.\.\./).drop(1)
assert runs.size() == 3 : "expected 3 builds in build.log, found ${runs.size()}"

// 1. Each existing finding got a suppression with the reason from the options file, in place.
def reason = '// baseline: existing leak, baselined when adopting Leakproof (LEAK-1)'
[ReportWriter: 'ResourceNotClosed', Workers: 'ExecutorNotShutDown', RequestContext: 'ThreadLocalNotRemoved',
    AuditTrail: 'StaticCollectionOnlyGrows', PriceView: 'ListenerNotRemoved'].each { file, check ->
  def source = new File(basedir, "src/main/java/app/${file}.java").text
  assert source.contains("@SuppressWarnings(\"${check}\")") : "${file}.java was not baselined:\n${source}"
  assert source.contains(reason) : "${file}.java has no reason:\n${source}"
}
assert runs[0].contains('BUILD SUCCESS')

// 2. The baselined code compiles without findings.
assert runs[1].contains('BUILD SUCCESS')
assert !(runs[1] =~ /\[(ResourceNotClosed|ExecutorNotShutDown|ThreadLocalNotRemoved|StaticCollectionOnlyGrows|ListenerNotRemoved)\]/)

// 3. New code: only the new leak fails the build.
def errors = runs[2].readLines().findAll { it =~ /\[(ResourceNotClosed|ExecutorNotShutDown|ThreadLocalNotRemoved)\]/ && it.contains('.java:[') }
assert errors.every { it.contains('/app/NewWorkers.java:[9,') } : "${errors}"
assert !errors.isEmpty()
assert runs[2].contains('BUILD FAILURE')
true
