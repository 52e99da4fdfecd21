// The pasted snippet works the first time: the leak fails the compile, and the log says where and why.
def log = new File(basedir, 'build.log').text
def errors = log.readLines().findAll { it.startsWith('[ERROR]') && it.contains('[ResourceNotClosed]') }
assert errors.any {
  it.contains('/app/ReportWriter.java:[10,') && it.contains('[ResourceNotClosed] FileWriter is not closed')
} : 'expected the ResourceNotClosed error on ReportWriter.java line 10'
assert log.contains('docs/checks/ResourceNotClosed.md')
assert log.contains('BUILD FAILURE')
// No finding lost to javac's default cut at 100 diagnostics: the snippet lifts it. (Maven prints each
// error twice: as javac reports it, and again in its summary.)
def manyLeaks = errors.findAll { it.contains('/app/ManyLeaks.java:') }.unique()
assert manyLeaks.size() == 120 : "expected all 120 ManyLeaks findings, got ${manyLeaks.size()}"
true
