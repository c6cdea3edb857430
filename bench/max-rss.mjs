// Preloaded by bench/cli.mjs (`node --import`): the peak memory of the command, on standard error.
process.on('exit', () => process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`))
