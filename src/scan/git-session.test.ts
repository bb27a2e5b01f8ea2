import { describe, expect, it, vi } from 'vitest';
import { fakeGit } from '../../test/helpers/memory-fs.js';
import { gitSession } from './git-session.js';

describe('gitSession', () => {
  it('asks git once per folder and commit what changed, and passes everything else through', async () => {
    const git = fakeGit('/repo', ['a.js']);
    const changesSince = vi
      .spyOn(git, 'changesSince')
      .mockResolvedValue([{ status: 'modified', path: 'a.js' }]);
    const session = gitSession(git);
    const [first, second] = await Promise.all([
      session.changesSince('/repo', 'abc'),
      session.changesSince('/repo', 'abc'),
    ]);
    await session.changesSince('/repo', 'def');
    expect(first).toEqual([{ status: 'modified', path: 'a.js' }]);
    expect(second).toBe(first);
    expect(changesSince).toHaveBeenCalledTimes(2);
    expect(await session.listFiles('/repo')).toEqual(['a.js']);
  });

  it('compares with HEAD, not the work tree, when only committed changes count', async () => {
    const git = fakeGit('/repo');
    const workTree = vi.spyOn(git, 'changesSince');
    const committed = vi
      .spyOn(git, 'changesBetween')
      .mockResolvedValue([{ status: 'added', path: 'new.js' }]);
    const session = gitSession(git, { committed: true });
    expect(await session.changesSince('/repo', 'abc')).toEqual([
      { status: 'added', path: 'new.js' },
    ]);
    expect(committed).toHaveBeenCalledWith('/repo', 'abc', 'HEAD');
    expect(workTree).not.toHaveBeenCalled();
  });

  it('resolves each revision once', async () => {
    const git = fakeGit('/repo');
    const resolveCommit = vi.spyOn(git, 'resolveCommit').mockResolvedValue('f00d');
    const session = gitSession(git);
    await session.resolveCommit('/repo', 'HEAD~1');
    expect(await session.resolveCommit('/repo', 'HEAD~1')).toBe('f00d');
    expect(resolveCommit).toHaveBeenCalledTimes(1);
  });
});
