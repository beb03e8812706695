/**
 * The link printed (as a QR code) on a charter: `<publicUrl>/verify#w=<workshopId>&v=<version>&h=<charterSha256>`.
 *
 * The fragment never reaches a server. The /verify page reads it, downloads the bundle from
 * `bundlePath(w, v)` on the same origin (or takes a file the reader brings, offline), runs
 * `verifyBundle`, and also checks that the bundle's charterSha256 is the `h` printed on paper,
 * so a valid bundle of a DIFFERENT charter is not mistaken for this one.
 */
export interface VerifyTarget {
  workshopId: string;
  charterVersion: number;
  charterSha256: string;
}

export function verifyUrl(publicUrl: string, target: VerifyTarget): string {
  const base = publicUrl.replace(/\/+$/, '');
  return `${base}/verify#w=${encodeURIComponent(target.workshopId)}&v=${target.charterVersion}&h=${target.charterSha256}`;
}

/** The target in a `#w=…&v=…&h=…` fragment (with or without the `#`), or null. */
export function parseVerifyFragment(fragment: string): VerifyTarget | null {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const workshopId = params.get('w');
  const version = Number(params.get('v'));
  const sha = params.get('h');
  if (!workshopId || !Number.isInteger(version) || version < 1 || !sha || !/^[0-9a-f]{64}$/.test(sha)) return null;
  return { workshopId, charterVersion: version, charterSha256: sha };
}

/** Where the server serves a version's bundle (public, no token). */
export function bundlePath(workshopId: string, version: number, ext: 'json' | 'md' | 'pdf' = 'json'): string {
  return `/api/workshops/${encodeURIComponent(workshopId)}/charter/versions/${version}/bundle.${ext}`;
}
