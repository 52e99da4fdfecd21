// The pasted snippet works the first time: spotbugs:check fails on the leak and says where and why.
def log = new File(basedir, 'build.log').text
assert log.readLines().any {
  it.contains('FileWriter is not closed') && it.contains('ReportWriter.java:[line 10]') && it.contains('LEAK_RESOURCE_NOT_CLOSED')
} : 'expected LEAK_RESOURCE_NOT_CLOSED on ReportWriter.java line 10'
assert log.contains('BUILD FAILURE')
true
