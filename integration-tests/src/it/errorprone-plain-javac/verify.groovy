// Plain javac with Error Prone's class path and leakproof-errorprone.jar alone: the finding, not a crash.
def log = new File(basedir, 'build.log').text
assert !log.contains('NoClassDefFoundError') : 'leakproof-errorprone.jar must carry the model it needs'
assert !log.contains('An unhandled exception was thrown by the Error Prone static analysis plugin')
assert log.readLines().any {
  it.contains('app/ReportWriter.java:10: error: [ResourceNotClosed] FileWriter is not closed')
} : 'expected the ResourceNotClosed error on ReportWriter.java line 10'
assert log.contains('docs/checks/ResourceNotClosed.md')
true
