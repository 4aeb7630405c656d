// Preloaded into the server only by the fuzz run (node --expose-gc -r): SIGUSR2 runs a full garbage
// collection, so memory before and after is compared on live data, not on garbage V8 has not yet returned.
process.on('SIGUSR2', () => global.gc && global.gc());
