// Placeholder until the command-line tool lands (issue 3).
console.error('news-lens: not built yet');
process.exitCode = 1;
