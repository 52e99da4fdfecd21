// The pasted snippet works the first time: the leak fails the compile, and the log says where and why.
def log = new File(basedir, 'build.log').text
assert log.readLines().any {
  it.startsWith('[ERROR]') && it.contains('/app/ReportWriter.java:[10,') && it.contains('[ResourceNotClosed] FileWriter is not closed')
} : 'expected the ResourceNotClosed error on ReportWriter.java line 10'
assert log.contains('docs/checks/ResourceNotClosed.md')
assert log.contains('BUILD FAILURE')
true
