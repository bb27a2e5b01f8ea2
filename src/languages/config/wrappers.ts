/**
 * Programs that run another program given as their arguments: `sudo -E curl -k …`, `env A=0 node x`,
 * `cross-env NODE_TLS_REJECT_UNAUTHORIZED=0 jest`, `npx cross-env …`, `time`, `nohup`, `exec`. For
 * each, the options that take a value (so the value is not mistaken for the program), and whether
 * `NAME=value` words before the program set its environment.
 */
interface Wrapper {
  /** Short options (letters) and long options that take a separate value. */
  readonly valued: readonly string[];
  /** `NAME=value` words before the program are environment assignments. */
  readonly assigns: boolean;
  /** The first word that is not an option is a parameter of the wrapper (`timeout 5 curl`). */
  readonly leadingParameter?: boolean;
}

const WRAPPERS: ReadonlyMap<string, Wrapper> = new Map<string, Wrapper>([
  [
    'sudo',
    {
      valued: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group'],
      assigns: true,
    },
  ],
  ['doas', { valued: ['-u', '-C'], assigns: false }],
  ['env', { valued: ['-u', '-C', '-S', '--unset', '--chdir'], assigns: true }],
  ['cross-env', { valued: [], assigns: true }],
  ['cross-env-shell', { valued: [], assigns: true }],
  ['npx', { valued: ['-p', '--package', '-c', '--call'], assigns: false }],
  ['time', { valued: ['-f', '-o', '--format', '--output'], assigns: false }],
  ['nohup', { valued: [], assigns: false }],
  ['exec', { valued: ['-a'], assigns: false }],
  ['command', { valued: [], assigns: false }],
  ['nice', { valued: ['-n', '--adjustment'], assigns: false }],
  [
    'timeout',
    { valued: ['-s', '-k', '--signal', '--kill-after'], assigns: false, leadingParameter: true },
  ],
]);

export function wrapperOf(program: string | undefined): Wrapper | undefined {
  return program === undefined ? undefined : WRAPPERS.get(program);
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/s;

/** `NAME=value` as a word: the name and where the value starts; undefined for anything else. */
export function assignmentWord(word: string): { name: string; valueAt: number } | undefined {
  const match = ASSIGNMENT.exec(word);
  return match?.[1] === undefined ? undefined : { name: match[1], valueAt: match[0].length };
}

/**
 * How many words the wrapper's own options and assignments take, from `start` (the word after the
 * wrapper's name): the program it runs is the word after them. Assignments found on the way are
 * handed to `onAssignment` (word index).
 */
export function wrapperSpan(
  wrapper: Wrapper,
  words: readonly (string | undefined)[],
  start: number,
  onAssignment: (index: number) => void,
): number {
  let index = start;
  let parameterSeen = false;
  while (index < words.length) {
    const word = words[index];
    if (word === undefined) return index;
    if (word === '--') return index + 1;
    if (word.startsWith('-') && word.length > 1) {
      index += takesValue(wrapper, word) ? 2 : 1;
      continue;
    }
    if (wrapper.assigns && assignmentWord(word)) {
      onAssignment(index);
      index++;
      continue;
    }
    if (wrapper.leadingParameter && !parameterSeen) {
      parameterSeen = true;
      index++;
      continue;
    }
    return index;
  }
  return index;
}

function takesValue(wrapper: Wrapper, option: string): boolean {
  if (option.includes('=')) return false;
  return wrapper.valued.includes(option);
}
