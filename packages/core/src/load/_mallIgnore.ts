/** The name of the file that lists what to leave out of a mall folder. */
export const mallIgnoreFile = '.mppignore';

/** A glob (`*`, `?`, `**`) as an anchored regular expression. */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i] as string;
    if (char === '*' && glob[i + 1] === '*') {
      source += '.*';
      i += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Reads a `.mppignore` file into a test of whether a file or folder of the mall is left out.
 * One pattern per line; blank lines and lines starting with `#` are skipped. A pattern ending in
 * `/` matches folders only. A pattern with a `/` elsewhere matches the path relative to the mall
 * folder (`reports/2025/*.json`); one without matches a file or folder name at any depth
 * (`report.json`, `*.csv`). `*` and `?` stay within a name; `**` crosses folders.
 */
export function readMallIgnore(text: string): (relativePath: string, isFolder: boolean) => boolean {
  const rules = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const folderOnly = line.endsWith('/');
      const pattern = line.replace(/\/+$/, '').replace(/^\//, '');
      return { folderOnly, byPath: pattern.includes('/'), test: globToRegExp(pattern) };
    });
  return (relativePath, isFolder) => {
    const path = relativePath.split('\\').join('/');
    const name = path.slice(path.lastIndexOf('/') + 1);
    return rules.some(
      (rule) => (!rule.folderOnly || isFolder) && rule.test.test(rule.byPath ? path : name),
    );
  };
}
