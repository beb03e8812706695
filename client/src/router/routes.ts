/** The app's routes. Pure, so it is unit-tested without a DOM. */
export type Route =
  | { name: 'home' }
  | { name: 'join'; joinCode: string }
  | { name: 'participant'; workshopId: string }
  | { name: 'facilitator'; workshopId: string }
  | { name: 'board'; workshopId: string }
  | { name: 'signOff'; workshopId: string }
  | { name: 'verify' }
  | { name: 'owner' }
  | { name: 'notFound' };

const WORKSHOP_VIEWS = { w: 'participant', f: 'facilitator', b: 'board', s: 'signOff' } as const;

export function matchRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 0) return { name: 'home' };
  const [head, param, ...rest] = parts;
  // The public verify page; its target (if any) is in the fragment, which never reaches a server.
  if (head === 'verify' && param === undefined) return { name: 'verify' };
  // The server owner's home page; the owner token is in the fragment, like a facilitator's.
  if (head === 'o' && param === undefined) return { name: 'owner' };
  if (param === undefined || param === null || rest.length > 0) return { name: 'notFound' };
  if (head === 'j') return { name: 'join', joinCode: param };
  if (head === 'w' || head === 'f' || head === 'b' || head === 's') return { name: WORKSHOP_VIEWS[head], workshopId: param };
  return { name: 'notFound' };
}

export const paths = {
  home: () => '/',
  join: (joinCode: string) => `/j/${encodeURIComponent(joinCode)}`,
  participant: (workshopId: string) => `/w/${encodeURIComponent(workshopId)}`,
  facilitator: (workshopId: string) => `/f/${encodeURIComponent(workshopId)}`,
  board: (workshopId: string) => `/b/${encodeURIComponent(workshopId)}`,
  signOff: (workshopId: string) => `/s/${encodeURIComponent(workshopId)}`,
  verify: () => '/verify',
  owner: () => '/o',
};

/** Join codes are typed by people from a screen: trim, drop inner spaces, upper-case. */
export function normaliseJoinCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}
