// Copies what tsc does not emit into dist/: node and credential icons, and the
// node's codex file (Kling.node.json: categories, aliases, documentation links).
const path = require('path');
const { task, src, dest, parallel } = require('gulp');

const copy = (folder) => () =>
	src(path.resolve(folder, '**', '*.{png,svg,node.json}'), { encoding: false }).pipe(
		dest(path.resolve('dist', folder)),
	);

task('build:assets', parallel(copy('nodes'), copy('credentials')));
