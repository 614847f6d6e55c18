// `npm test`: type check, unit tests, content check, build, the MCP server against the build, HTML validation, then the browser suite.
// Stops at the first failing step and ends with one line counting every runner's tests (a step that is
// not a test runner, such as the build, counts as one failure when it fails).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  { name: 'type check', cmd: ['npx', 'astro', 'check'] },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], counts: 'vitest' },
  { name: 'content check', cmd: ['node', 'scripts/check-content.mjs'] },
  { name: 'build', cmd: ['npx', 'astro', 'build'] },
  { name: 'MCP server', cmd: ['npx', 'vitest', 'run', '--config', 'vitest.mcp.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/mcp.json'], counts: 'vitest-mcp' },
  { name: 'HTML validation', cmd: ['npx', 'html-validate', 'dist/**/*.html'] },
  { name: 'budgets', cmd: ['node', 'scripts/check-budgets.mjs'] },
  { name: 'browser tests', cmd: ['node', 'scripts/run-e2e.mjs'], counts: 'playwright' },
];

rmSync('test-results', { recursive: true, force: true });
let passed = 0;
let failed = 0;
let failedStep;

function count(kind) {
  const file = { vitest: 'test-results/unit.json', 'vitest-mcp': 'test-results/mcp.json', playwright: 'test-results/e2e.json' }[kind];
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (kind.startsWith('vitest')) {
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  } else {
    passed += (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0);
    failed += report.stats?.unexpected ?? 0;
  }
}

for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: 'inherit', env: process.env });
  if (step.counts) count(step.counts);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`✗ ${step.name} failed after ${seconds}s`);
    if (!step.counts) failed += 1;
    failedStep = step.name;
    break;
  }
  console.log(`✓ ${step.name} (${seconds}s)`);
}

console.log(failedStep ? `\nnpm test stopped at: ${failedStep}` : '\nnpm test: every step passed');
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
