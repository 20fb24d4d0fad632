// Which inputs of an esbuild bundle import a Node built-in (bundled or left external): used by the
// builds for the browser (esbuild.mjs, test/web/build.mjs), which must have none.
import { builtinModules } from 'node:module';

const isNodeBuiltin = (specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);

/** "file -> module" for every import of a Node built-in among the metafile's inputs. */
export function nodeImports(metafile) {
  return Object.entries(metafile.inputs).flatMap(([file, input]) =>
    input.imports.filter((i) => isNodeBuiltin(i.original ?? i.path) || isNodeBuiltin(i.path)).map((i) => `${file} -> ${i.original ?? i.path}`),
  );
}
