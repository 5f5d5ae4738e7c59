// What JavaScript a signed-in page loads from the production bundle, and its size raw and gzipped.
//
//   node src/test/scripts/bundle-size.mjs [webapp folder] [page=Class,Class …]
//
// Reads the bundle the build wrote (default target/classes/META-INF/VAADIN/webapp): the scripts index.html loads
// on every page, then for each route class the chunk Vaadin loads on demand (keyed by the SHA-256 of the class
// name in generated-flow-imports), each with everything it imports statically, and the Flow client the entry
// script imports. Other scripts imported only with import() are left out: a page fetches them when it uses them. Sizes are gzip at level 6, the level
// Tomcat's compression uses.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const webapp = args.find((a) => !a.includes('=')) ?? 'target/classes/META-INF/VAADIN/webapp';
const layout = 'org.designcoach.base.MainLayout';
const pages = args.filter((a) => a.includes('=')).map((a) => a.split('='));
if (pages.length === 0) {
  pages.push(['home', `${layout},org.designcoach.base.HomeView`]);
  pages.push(['sandbox', `${layout},org.designcoach.sandbox.SandboxView`]);
}
const build = join(webapp, 'VAADIN', 'build');
const read = (file) => readFileSync(join(build, file), 'utf8');

/** The file and every file it imports statically, transitively. */
function closure(file, into = new Set()) {
  if (into.has(file)) {
    return into;
  }
  into.add(file);
  const staticImport = /(?:import|export)\s*(?:[^"'`();]*?from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g;
  for (const match of read(file).matchAll(staticImport)) {
    closure(match[1], into);
  }
  return into;
}

const index = readFileSync(join(webapp, 'index.html'), 'utf8');
const everyPage = new Set();
for (const match of index.matchAll(/(?:src|href)="\.\/VAADIN\/build\/([^"]+\.js)"/g)) {
  closure(match[1], everyPage);
  // The entry loads Flow's client and generated-flow-imports with import() on every server-side route.
  for (const flow of read(match[1]).matchAll(/import\(["'`]\.\/([^"'`]+\.js)["'`]\)/g)) {
    closure(flow[1], everyPage);
  }
}
const flowImports = readdirSync(build).find((f) => /^generated-flow-imports-.*\.js$/.test(f));
const onDemand = flowImports ? read(flowImports) : '';

function routeChunk(className) {
  const key = createHash('sha256').update(className).digest('hex');
  const at = onDemand.indexOf(key);
  if (at < 0) {
    return undefined; // loaded with every page (no chunk of its own)
  }
  return /import\(["'`]\.\/([^"'`]+\.js)["'`]\)/.exec(onDemand.slice(at))[1];
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
for (const [name, classes] of pages) {
  const files = new Set(everyPage);
  for (const className of classes.split(',')) {
    const chunk = routeChunk(className);
    if (chunk) {
      closure(chunk, files);
    }
  }
  let raw = 0;
  let gzip = 0;
  const sizes = [];
  for (const file of files) {
    const bytes = readFileSync(join(build, file));
    const zipped = gzipSync(bytes, { level: 6 }).length;
    raw += bytes.length;
    gzip += zipped;
    sizes.push([file, zipped]);
  }
  sizes.sort((a, b) => b[1] - a[1]);
  console.log(`${name}: ${files.size} JavaScript files, ${kb(raw)} raw, ${kb(gzip)} gzipped`);
  console.log(`  largest: ${sizes.slice(0, 3).map(([f, z]) => `${f} ${kb(z)}`).join(', ')}`);
}
