import { homedir } from 'node:os';
import { codeIdentity } from '../platform/code-identity.js';
import { nodeFileSystem } from '../platform/node-fs.js';
import { nodeGit } from '../platform/node-git.js';
import { docsFolder } from '../platform/package-files.js';
import { nodeParallelism } from '../platform/parallelism.js';
import { userCacheFolder } from '../platform/user-cache.js';
import { main } from './main.js';

process.exitCode = await main(
  process.argv.slice(2),
  {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    write: (text) => process.stdout.write(text),
    writeError: (text) => process.stderr.write(text),
  },
  {
    fs: nodeFileSystem,
    git: nodeGit,
    now: () => performance.now(),
    parallelism: nodeParallelism,
    codeIdentity,
    userCacheFolder: () => userCacheFolder(process.env, process.platform, homedir()),
    docsFolder,
  },
);
