/**
 * Charter routes (docs/api.md "Charter versions"). Members read versions and diffs; the
 * bundle in JSON, Markdown and PDF is public, like a published charter on the office wall,
 * so a printed copy's QR code works for anyone, without a token; so are the wall posters
 * (Maklumat, standar pelayanan board, service-flow chart) made from a version, the editable
 * naskah (.docx) and its English translation (PDF). Without a facilitator's token the bundle is the public view (shared/charter/publicCharter.ts: names only
 * with consent, answers per sector); a facilitator's token gets the full record.
 * `x-mufakat-view` says which. `bundle-tte.pdf` is the same naskah made for certified signing
 * outside Mufakat (BSrE/PSrE): it carries that bundle, sealed, as an embedded file
 * (charter/certifiedPdf.ts); POST /api/verify also takes such a PDF, signed or not.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { diffCharters } from '../../shared/charter/charterDiff';
import { charterMarkdown } from '../../shared/charter/charterMarkdown';
import { verifyBundleText } from '../../shared/charter/verifyBundle';
import { verifyUrl } from '../../shared/charter/verifyLink';
import type { CharterVersions, VersionView } from '../charter/CharterVersions';
import type { Role } from '../../shared/schema/participants';
import type { Config } from '../config';
import type { WorkshopRecord } from '../storage/Storage';
import { HttpError, readBody, sendJson } from './json';

type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;
export interface CharterRoute {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export interface CharterRouteDeps {
  config: Config;
  charters: CharterVersions;
  workshopOr404: (id: string) => Promise<WorkshopRecord>;
  /** Throws 401/403 unless the request carries a member's token. */
  member: (req: IncomingMessage, workshopId: string) => Promise<{ participant: { role: Role } }>;
}

const W = '/api/workshops/([a-z0-9]+)/charter';
/** A bundle sent to POST /api/verify: far above a real one (the demo's is about 100 KiB). */
export const MAX_BUNDLE_BYTES = 4 * 1024 * 1024;
/** Who reads the full record of a bundle (names without consent, each person's answers). */
const FULL_RECORD_ROLES: ReadonlySet<Role> = new Set(['facilitator', 'co_facilitator']);

function versionNumber(text: string | null | undefined, name: string): number {
  const n = Number(text);
  if (!text || !Number.isInteger(n) || n < 1) throw new HttpError(422, 'invalid_request', `${name} must be a version number (1, 2, ...)`);
  return n;
}

/** The public base of links printed in the PDF: the configured URL, else the Host the reader used. */
function publicBase(config: Config, req: IncomingMessage): string {
  if (config.publicUrl) return config.publicUrl;
  const host = req.headers.host ?? `localhost:${config.port}`;
  return `${config.tlsCert ? 'https' : 'http'}://${host}`;
}

function send(res: ServerResponse, type: string, body: string | Buffer, filename: string, view?: 'full' | 'public'): void {
  res.writeHead(200, {
    'content-type': type,
    'content-length': Buffer.byteLength(body),
    'content-disposition': `inline; filename="${filename}"`,
    // A frozen version never changes, but its signatures and seal may still be added.
    'cache-control': view === 'full' ? 'private, no-cache' : 'no-cache',
    ...(view ? { 'x-mufakat-view': view, vary: 'authorization' } : {}),
  });
  res.end(body);
}

export function charterRoutes(deps: CharterRouteDeps): CharterRoute[] {
  const { config, charters, workshopOr404, member } = deps;

  async function versionOr404(workshopId: string, n: number): Promise<VersionView> {
    const v = await charters.version(workshopId, n);
    if (!v) throw new HttpError(404, 'version_not_found', `no frozen charter version ${n}`);
    return v;
  }

  return [
    {
      method: 'GET',
      pattern: /^\/api\/seal-key$/,
      handler: async (_req, res) => sendJson(res, 200, charters.sealKey.toJSON()),
    },
    {
      // Public, like the /verify page: the bundle file's bytes in, the shared verifier's verdict
      // out (200 either way; `ok` says which), exactly as `mufakat verify --json` prints it.
      method: 'POST',
      pattern: /^\/api\/verify$/,
      handler: async (req, res) => {
        const body = await readBody(req, MAX_BUNDLE_BYTES);
        const { looksLikePdf, verifyCharterPdf } = await import('../../shared/charter/charterPdfCheck');
        sendJson(res, 200, looksLikePdf(body) ? await verifyCharterPdf(body) : verifyBundleText(body));
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${W}/versions$`),
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        await member(req, w.id);
        const list = await Promise.all((await charters.list(w.id)).map(async (info) => {
          const v = await versionOr404(w.id, info.version);
          return { ...info, signatures: v.bundle.signatures.length + (v.bundle.wetInk?.length ?? 0), missing: v.missing, sealed: v.sealed };
        }));
        sendJson(res, 200, { versions: list });
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${W}/versions/(\\d+)$`),
      handler: async (req, res, [id, n]) => {
        const w = await workshopOr404(id!);
        await member(req, w.id);
        const v = await versionOr404(w.id, versionNumber(n, 'version'));
        const { bundle, ...rest } = v;
        sendJson(res, 200, { ...rest, signatures: bundle.signatures, wetInk: bundle.wetInk ?? [], seal: bundle.seal ?? null, verifyUrl: verifyUrl(publicBase(config, req), { workshopId: w.id, charterVersion: v.version, charterSha256: v.sha256 }) });
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${W}/versions/(\\d+)/content\\.ydoc$`),
      handler: async (req, res, [id, n]) => {
        const w = await workshopOr404(id!);
        await member(req, w.id);
        const state = await charters.contentState(w.id, versionNumber(n, 'version'));
        if (!state) throw new HttpError(404, 'version_not_found', 'no such frozen version');
        send(res, 'application/octet-stream', Buffer.from(state), `charter-${w.id}-v${n}.ydoc`);
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${W}/versions/(\\d+)/bundle\\.(json|md|pdf)$`),
      handler: async (req, res, [id, n, ext]) => {
        const w = await workshopOr404(id!);
        const v = await versionOr404(w.id, versionNumber(n, 'version'));
        // A token, when sent, must be valid; only a facilitator's opens the full record.
        const full = req.headers.authorization !== undefined && FULL_RECORD_ROLES.has((await member(req, w.id)).participant.role);
        const view = full ? 'full' : 'public';
        const bundle = full ? v.bundle : charters.sealKey.publicView(v.bundle);
        const name = `kontrak-pelayanan-${w.id}-v${v.version}${full ? '-lengkap' : ''}`;
        const link = verifyUrl(publicBase(config, req), { workshopId: w.id, charterVersion: v.version, charterSha256: v.sha256 });
        if (ext === 'json') return send(res, 'application/json; charset=utf-8', `${JSON.stringify(bundle, null, 2)}\n`, `${name}.json`, view);
        if (ext === 'md') return send(res, 'text/markdown; charset=utf-8', charterMarkdown(bundle, link, { timeZone: w.timeZone }), `${name}.md`, view);
        // pdfkit and qrcode load on the first PDF, not at start (~30 MiB).
        const { charterPdf } = await import('../charter/charterPdf');
        // The naskah prints only the parties (who consented by signing) and counts: the same
        // document for everyone, so a printed copy and a downloaded one read alike.
        send(res, 'application/pdf', await charterPdf(v.bundle, link, { institution: w.institution, place: w.place, timeZone: w.timeZone, nomor: w.nomor }), `${name}.pdf`, view);
      },
    },
    {
      // Beside the naskah PDF and public like it (the same document for everyone): the naskah as
      // a Word document the legal section edits before a final round, and its English
      // translation, a separate PDF in which the Indonesian text governs.
      method: 'GET',
      pattern: new RegExp(`^${W}/versions/(\\d+)/(naskah\\.docx|naskah-en\\.pdf)$`),
      handler: async (req, res, [id, n, file]) => {
        const w = await workshopOr404(id!);
        const v = await versionOr404(w.id, versionNumber(n, 'version'));
        const link = verifyUrl(publicBase(config, req), { workshopId: w.id, charterVersion: v.version, charterSha256: v.sha256 });
        const where = { institution: w.institution, place: w.place, timeZone: w.timeZone };
        if (file === 'naskah.docx') {
          const { naskahDocx } = await import('../charter/naskahDocx');
          return send(res, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await naskahDocx(v.bundle, link, where), `kontrak-pelayanan-${w.id}-v${v.version}.docx`);
        }
        const { naskahEnPdf } = await import('../charter/naskahEnPdf');
        send(res, 'application/pdf', await naskahEnPdf(v.bundle, link, where), `kontrak-pelayanan-${w.id}-v${v.version}-en.pdf`);
      },
    },
    {
      // The naskah for certified signing: only a sealed version (the embedded bundle must verify).
      method: 'GET',
      pattern: new RegExp(`^${W}/versions/(\\d+)/bundle-tte\\.pdf$`),
      handler: async (req, res, [id, n]) => {
        const w = await workshopOr404(id!);
        const v = await versionOr404(w.id, versionNumber(n, 'version'));
        if (!v.bundle.seal) throw new HttpError(409, 'charter_not_sealed', 'this version is not signed and sealed yet: there is no bundle to embed');
        const full = req.headers.authorization !== undefined && FULL_RECORD_ROLES.has((await member(req, w.id)).participant.role);
        const view = full ? 'full' : 'public';
        const bundle = full ? v.bundle : charters.sealKey.publicView(v.bundle);
        const name = `kontrak-pelayanan-${w.id}-v${v.version}${full ? '-lengkap' : ''}`;
        const link = verifyUrl(publicBase(config, req), { workshopId: w.id, charterVersion: v.version, charterSha256: v.sha256 });
        const [{ charterPdf }, { embeddedBundle }] = await Promise.all([import('../charter/charterPdf'), import('../charter/certifiedPdf')]);
        const pdf = await charterPdf(v.bundle, link, { institution: w.institution, place: w.place, timeZone: w.timeZone }, embeddedBundle(bundle, `${name}.json`));
        send(res, 'application/pdf', pdf, `${name}-tte.pdf`, view);
      },
    },
    {
      // The wall posters: public like the charter PDF, so the office can print them from a link.
      method: 'GET',
      pattern: new RegExp(`^${W}/versions/(\\d+)/(maklumat-a3|maklumat-a4|standar-pelayanan|alur-pelayanan)\\.pdf$`),
      handler: async (req, res, [id, n, kind]) => {
        const w = await workshopOr404(id!);
        const v = await versionOr404(w.id, versionNumber(n, 'version'));
        const options = { timeZone: w.timeZone, institution: w.institution, place: w.place };
        const posters = await import('../charter/posterPdf');
        const name = `${kind}-${w.id}-v${v.version}.pdf`;
        if (kind === 'standar-pelayanan') return send(res, 'application/pdf', await posters.standarBoard(v.bundle, options), name);
        if (kind === 'alur-pelayanan') return send(res, 'application/pdf', await posters.flowPoster(v.bundle, options), name);
        const link = verifyUrl(publicBase(config, req), { workshopId: w.id, charterVersion: v.version, charterSha256: v.sha256 });
        send(res, 'application/pdf', await posters.maklumatPoster(v.bundle, link, kind === 'maklumat-a3' ? 'A3' : 'A4', options), name);
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^${W}/diff$`),
      handler: async (req, res, [id]) => {
        const w = await workshopOr404(id!);
        await member(req, w.id);
        const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
        const from = await versionOr404(w.id, versionNumber(query.get('from'), 'from'));
        const to = await versionOr404(w.id, versionNumber(query.get('to'), 'to'));
        sendJson(res, 200, diffCharters(from.charter, to.charter));
      },
    },
  ];
}
