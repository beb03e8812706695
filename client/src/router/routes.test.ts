import { describe, expect, it } from 'vitest';
import { matchRoute, normaliseJoinCode, paths } from './routes';

describe('routes', () => {
  it('matches every view', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/j/K7P2QX')).toEqual({ name: 'join', joinCode: 'K7P2QX' });
    expect(matchRoute('/w/abcd1234')).toEqual({ name: 'participant', workshopId: 'abcd1234' });
    expect(matchRoute('/f/abcd1234/')).toEqual({ name: 'facilitator', workshopId: 'abcd1234' });
    expect(matchRoute('/b/abcd1234')).toEqual({ name: 'board', workshopId: 'abcd1234' });
    expect(matchRoute('/s/abcd1234')).toEqual({ name: 'signOff', workshopId: 'abcd1234' });
    expect(matchRoute('/verify')).toEqual({ name: 'verify' });
    expect(matchRoute('/verify/')).toEqual({ name: 'verify' });
    expect(matchRoute('/o')).toEqual({ name: 'owner' });
    expect(matchRoute(paths.owner())).toEqual({ name: 'owner' });
  });

  it('anything else is not found', () => {
    expect(matchRoute('/x/abcd1234').name).toBe('notFound');
    expect(matchRoute('/w').name).toBe('notFound');
    expect(matchRoute('/w/a/b').name).toBe('notFound');
    expect(matchRoute('/verify/x').name).toBe('notFound');
    expect(matchRoute('/o/x').name).toBe('notFound');
    expect(matchRoute('/j/%E0%A4%A').name).toBe('notFound');
  });

  it('paths round-trip through matchRoute', () => {
    expect(matchRoute(paths.join('AB 12'))).toEqual({ name: 'join', joinCode: 'AB 12' });
    expect(matchRoute(paths.board('abcd1234'))).toEqual({ name: 'board', workshopId: 'abcd1234' });
  });

  it('normalises typed join codes', () => {
    expect(normaliseJoinCode(' k7p 2qx ')).toBe('K7P2QX');
  });
});
