import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/helpers/memory-fs.js';
import {
  fromPyproject,
  fromPythonVersionFile,
  fromRuntimeTxt,
  lowerBound,
  normalizePythonVersion,
  projectPythonVersion,
} from './python-version.js';

describe('the Python version a project targets', () => {
  it.each([
    ['>=3.9', '3.9'],
    ['>= 3.10, <4', '3.10'],
    ['~=3.11', '3.11'],
    ['==3.12.*', '3.12'],
    ['>3.8', '3.8'],
    ['^3.10', '3.10'],
    ['~3.9', '3.9'],
    ['3.11.*', '3.11'],
    ['>=3.8, !=3.9.*', '3.8'],
    ['<3.12', undefined],
    ['>=2.7, >=3.6', '3.6'],
  ])('the lower bound of %s is %s', (specifier, expected) => {
    expect(lowerBound(specifier)).toBe(expected);
  });

  it('reads requires-python from [project], or Poetry’s python dependency', () => {
    expect(fromPyproject('[project]\nname = "x"\nrequires-python = ">=3.10"\n')).toBe('3.10');
    expect(fromPyproject("[project]\nrequires-python='>=3.9'  # comment\n")).toBe('3.9');
    expect(fromPyproject('[tool.poetry.dependencies]\npython = "^3.11"\nrequests = "^2"\n')).toBe(
      '3.11',
    );
    expect(
      fromPyproject('[tool.black]\nrequires-python = ">=3.6"\n[project]\nname = "x"\n'),
    ).toBeUndefined();
    expect(fromPyproject('[ "project" ]  # quoted\nrequires-python = ">= 3.8, <4"\n')).toBe('3.8');
    expect(
      fromPyproject('[project]\nname = "x"\n[[project.authors]]\nrequires-python = ">=3.6"\n'),
    ).toBeUndefined();
    expect(fromPyproject('[project] trailing\nrequires-python = ">=3.6"\n')).toBeUndefined();
  });

  it('reads .python-version and runtime.txt', () => {
    expect(fromPythonVersionFile('# pinned\n3.11.7\n3.10\n')).toBe('3.11');
    expect(fromPythonVersionFile('system\n')).toBeUndefined();
    expect(fromRuntimeTxt('python-3.12.1\n')).toBe('3.12');
    expect(fromRuntimeTxt('ruby-3.2\n')).toBeUndefined();
    expect(fromRuntimeTxt('\n  python-3.9.18  \r\n')).toBe('3.9');
  });

  it('takes pyproject.toml first, then .python-version, then runtime.txt', async () => {
    const files = {
      '/repo/pyproject.toml': '[project]\nrequires-python = ">=3.9"\n',
      '/repo/.python-version': '3.12\n',
      '/repo/runtime.txt': 'python-3.13.0\n',
    };
    expect(await projectPythonVersion(memoryFileSystem(files), '/repo')).toEqual({
      version: '3.9',
      source: 'pyproject.toml',
    });
    const rest = Object.fromEntries(
      Object.entries(files).filter(([path]) => !path.endsWith('pyproject.toml')),
    );
    expect(await projectPythonVersion(memoryFileSystem(rest), '/repo')).toEqual({
      version: '3.12',
      source: '.python-version',
    });
    expect(await projectPythonVersion(memoryFileSystem({}), '/repo')).toBeUndefined();
  });

  it('normalizes what users write', () => {
    expect(normalizePythonVersion('3.12')).toBe('3.12');
    expect(normalizePythonVersion(' 3.12.4 ')).toBe('3.12');
    expect(normalizePythonVersion('3')).toBeUndefined();
    expect(normalizePythonVersion('3.x')).toBeUndefined();
  });
});
