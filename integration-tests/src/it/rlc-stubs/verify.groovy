// The Resource Leak Checker, run by maven-compiler-plugin with Leakproof's stubs, reports the pool that is
// never shut down and the timer that is never cancelled -- and nothing in the methods that release them.
def errors = new File(basedir, 'build.log').readLines().findAll {
  it.startsWith('[ERROR]') && it.contains('/app/Reports.java:[') && it.contains('required.method.not.called')
}
def lines = errors.collect { (it =~ /Reports\.java:\[(\d+),/)[0][1] as int }.unique().sort()
assert lines == [11, 31] : "expected required.method.not.called on Reports.java lines 11 (pool) and 31 (timer), got ${errors}"
assert new File(basedir, 'build.log').text.contains('BUILD FAILURE')
true
