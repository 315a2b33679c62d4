#!/usr/bin/env node
// The installed command: loads the compiled CLI (npm run build writes dist/).
import('../dist/cli/main.js').then((m) => m.main(process.argv.slice(2)));
