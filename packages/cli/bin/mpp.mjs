#!/usr/bin/env node
// `mpp validate …` runs from dist/validate-first.js, which holds the command line and validate
// without the other commands (a cache hit then reads one file of the CLI); anything else from
// dist/bin.js, which holds every command.
const argv = process.argv.slice(2);
const { main } = await import(
  argv[0] === 'validate' ? '../dist/validate-first.js' : '../dist/bin.js'
);

process.exitCode = await main(argv);
