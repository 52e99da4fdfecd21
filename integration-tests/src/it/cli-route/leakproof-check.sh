#!/bin/sh
# Fails (exit 1) when the compiled classes have a leak that the baseline does not list;
# exit 2 on bad input. LEAKPROOF_JAR: where leakproof-cli.jar is.
java -jar "${LEAKPROOF_JAR:-leakproof-cli.jar}" \
  --baseline leakproof-baseline.txt \
  --sarif target/leakproof.sarif \
  target/classes
