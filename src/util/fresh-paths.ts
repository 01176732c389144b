/**
 * File paths made from names, kept apart: a name that comes out the same as an earlier one once made
 * safe (letter case aside, as some file systems ignore it) gets -2, -3 … before its extension.
 */
export function freshPaths(safe: (name: string) => string, ext: string): (folder: string, name: string) => string {
  const taken = new Set<string>();
  return (folder, name) => {
    let path = `${folder}/${safe(name)}${ext}`;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = `${folder}/${safe(name)}-${n}${ext}`;
    taken.add(path.toLowerCase());
    return path;
  };
}
