import type { Surface } from '../files.js';
import type { Reader } from '../reader.js';
import { readAction } from './action.js';
import { readCompose } from './compose.js';
import { readCurlrc } from './curlrc.js';
import { readDockerfile } from './dockerfile.js';
import { readDotenv } from './dotenv.js';
import { readGitconfig } from './gitconfig.js';
import { readNpmrc } from './npmrc.js';
import { readPackageJson } from './package-json.js';
import { readPipConf } from './pip-conf.js';
import { readRequirements } from './requirements.js';
import { readShellScript } from './shell-script.js';
import { readWgetrc } from './wgetrc.js';
import { readWorkflow } from './workflow.js';
import { readYarnrc } from './yarnrc.js';
import { readYarnrcYml } from './yarnrc-yml.js';

/** One reader per format, each producing the shared model. */
export const READERS: Readonly<Record<Surface, Reader>> = {
  dockerfile: readDockerfile,
  workflow: readWorkflow,
  action: readAction,
  compose: readCompose,
  dotenv: readDotenv,
  npmrc: readNpmrc,
  yarnrc: readYarnrc,
  'yarnrc-yml': readYarnrcYml,
  shell: readShellScript,
  'package-json': readPackageJson,
  gitconfig: readGitconfig,
  curlrc: readCurlrc,
  wgetrc: readWgetrc,
  'pip-conf': readPipConf,
  requirements: readRequirements,
};
