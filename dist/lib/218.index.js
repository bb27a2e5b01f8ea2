export const id = 218;
export const ids = [218];
export const modules = {

/***/ 60218:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64679);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 64679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/policy.ts
var policy = __webpack_require__(32721);
// EXTERNAL MODULE: ./src/scan/scan.ts + 14 modules
var scan = __webpack_require__(69566);
// EXTERNAL MODULE: ./src/scan/settings.ts + 2 modules
var settings = __webpack_require__(29686);
// EXTERNAL MODULE: ./src/core/tool.ts + 1 modules
var tool = __webpack_require__(96567);
// EXTERNAL MODULE: ./src/scan/verdict.ts
var verdict = __webpack_require__(96776);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/budget.ts
var report_budget = __webpack_require__(32585);
// EXTERNAL MODULE: ./src/report/finding-groups.ts
var finding_groups = __webpack_require__(51128);
// EXTERNAL MODULE: ./src/report/github-context.ts
var github_context = __webpack_require__(77941);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/policy-markdown.ts
var policy_markdown = __webpack_require__(37386);
// EXTERNAL MODULE: ./src/report/repo-path.ts
var repo_path = __webpack_require__(90078);
;// CONCATENATED MODULE: ./src/report/pr-comment-markdown.ts







/** GitHub refuses comment bodies over 65,536 characters; stay clear of it and say what was cut. */
const COMMENT_MAX_CHARACTERS = 60_000;
/** Findings listed in the comment; the job summary lists every one. */
const COMMENT_MAX_FINDINGS = 20;
const RESERVE = 1024;
/**
 * The sticky pull request comment: what this pull request adds, grouped by rule so that each
 * explanation is read once, with one line per finding's headline and where it is. When nothing new
 * remains it shrinks to a short all-clear, so the earlier report does not linger.
 */
function renderPrComment(result, context, options) {
    const budget = new report_budget/* Budget */.__(options.maxCharacters ?? COMMENT_MAX_CHARACTERS, report_budget/* characters */.hg);
    const counts = (0,github_context/* tally */.N4)(result);
    if (options.marker !== undefined)
        budget.add(`${options.marker}\n`);
    // What the pull request did to its own policy comes first, findings or not: it may be why there are none.
    if ((0,policy/* hasPolicyChanges */.S)(result.policy))
        (0,policy_markdown/* addPolicySection */.$)(budget, result.policy, context);
    const others = otherCounts(counts.unchanged.length, counts.fixed);
    const { fresh, acceptedInChange: accepted } = counts;
    if (fresh.length === 0 && accepted.length === 0) {
        budget.add(`### ✅ tlsguard: no new insecure TLS usage${where(context)}\n\n`);
        budget.add(`This pull request adds no insecure TLS usage.${others}\n\n${(0,github_context/* verdictSentence */.BT)(context.verdict)}\n`);
    }
    else {
        const also = others === '' ? '' : `\n\n${others.trim()}`;
        budget.add(`${heading(fresh, accepted, context)}${also}\n\n${(0,github_context/* verdictSentence */.BT)(context.verdict)}\n\n`);
        addRuleSections(budget, [...fresh, ...accepted], context, options);
    }
    budget.add(footer(context));
    return budget.toString();
}
function heading(fresh, accepted, context) {
    if (fresh.length === 0) {
        // Nothing fails, but only because the pull request accepts its own findings: show them.
        return (`### ⚠️ tlsguard: ${(0,markdown/* plural */.LS)(accepted.length, 'insecure TLS finding')} accepted by this pull request's own baseline${where(context)}\n\n` +
            `This pull request adds ${(0,markdown/* plural */.LS)(accepted.length, 'finding')} that only baseline entries it adds accept.`);
    }
    const alsoAccepts = accepted.length === 0
        ? ''
        : `\n\nIt also adds ${(0,markdown/* plural */.LS)(accepted.length, 'finding')} that only baseline entries it adds accept.`;
    return `### ⚠️ tlsguard: ${(0,markdown/* plural */.LS)(fresh.length, 'new insecure TLS finding')}${where(context)} (${(0,github_context/* severityBreakdown */.v5)(fresh)})${alsoAccepts}`;
}
function where(context) {
    return context.pathPrefix === '' ? '' : ` in ${(0,markdown/* code */.aY)(context.pathPrefix)}`;
}
/**
 * One section per rule: its name and page, each distinct explanation once, then its findings — one
 * line per headline, with the findings it applies to — until `maxFindings` are listed or the budget
 * is spent; then how many more the job summary lists.
 */
function addRuleSections(budget, findings, context, options) {
    const max = options.maxFindings ?? COMMENT_MAX_FINDINGS;
    let listed = 0;
    const add = (text) => listed < max && budget.tryAdd(text, RESERVE);
    sections: for (const rule of (0,finding_groups/* groupByRule */.R)(findings)) {
        if (!add(ruleHeading(rule)))
            break;
        for (const { explanation, items } of rule.explanations) {
            if (!add(`${(0,markdown/* messageMarkdown */.zv)(explanation)}\n\n`))
                break sections;
            for (const item of items) {
                const shown = item.findings.slice(0, max - listed);
                if (!add(itemLine(item, shown, context)))
                    break sections;
                listed += shown.length;
            }
            budget.add('\n');
        }
    }
    const left = findings.length - listed;
    if (left > 0)
        budget.add(`\n**…and ${(0,markdown/* plural */.LS)(left, 'more finding')} in ${summaryLink(context)}.**\n`);
}
function ruleHeading(rule) {
    const counts = [
        ...(rule.fresh > 0 ? [`${rule.fresh} new`] : []),
        ...(rule.accepted > 0 ? [`${rule.accepted} accepted here`] : []),
    ];
    return `#### ${(0,markdown/* shortLink */.tu)(rule.docs, (0,markdown/* escapeText */.X1)(rule.ruleId))} · ${counts.join(', ')}\n\n`;
}
/**
 * `- 🔴 error · headline — src/a.js:3, L9, src/b.js:4`: each finding's line linked, the path written
 * once for the findings of one file.
 */
function itemLine(item, shown, context) {
    const badge = item.accepted
        ? `${github_context/* SEVERITY_LABEL */.Rt[item.severity]}, accepted by this pull request's baseline`
        : github_context/* SEVERITY_LABEL */.Rt[item.severity];
    // GitHub resolves an abbreviated commit in a blob URL; 12 digits stay unique in the largest
    // repositories (the Linux kernel abbreviates to 12), and each link is 28 characters shorter.
    const links = context.links && { ...context.links, commit: abbreviated(context.links.commit) };
    const places = shown.map((finding, index) => {
        const path = (0,repo_path/* repoPath */.q)(context.pathPrefix, finding.file);
        const text = (0,markdown/* escapeText */.X1)(placeText(shown, index, path));
        return links ? (0,markdown/* shortLink */.tu)((0,github_context/* fileUrl */.iw)(links, path, finding.line), text) : text;
    });
    return `- ${badge} · ${(0,markdown/* messageMarkdown */.zv)(item.headline)} — ${places.join(', ')}\n`;
}
/** `src/a.js:3` for a file's first finding, `L9` for the next ones, `L9:14` when lines repeat. */
function placeText(shown, index, path) {
    const finding = shown[index];
    if (finding === undefined)
        return '';
    const near = (offset) => shown[index + offset]?.file === finding.file;
    const sameLine = (offset) => near(offset) && shown[index + offset]?.line === finding.line;
    const line = sameLine(-1) || sameLine(1) ? `${finding.line}:${finding.column}` : `${finding.line}`;
    return near(-1) ? `L${line}` : `${path}:${line}`;
}
function abbreviated(commit) {
    return /^[0-9a-f]{40}$/i.test(commit) ? commit.slice(0, 12) : commit;
}
function otherCounts(unchanged, fixed) {
    const parts = [
        ...(unchanged > 0 ? [`${(0,markdown/* plural */.LS)(unchanged, 'finding')} already known (unchanged)`] : []),
        ...(fixed > 0 ? [`${(0,markdown/* plural */.LS)(fixed, 'finding')} fixed 🎉`] : []),
    ];
    return parts.length === 0 ? '' : ` Also: ${parts.join(', ')}.`;
}
function summaryLink(context) {
    const runUrl = context.links?.runUrl;
    return runUrl === undefined ? 'the job summary' : (0,markdown/* shortLink */.tu)(runUrl, 'the job summary');
}
function footer(context) {
    const commit = context.links?.commit;
    const at = commit === undefined ? '' : ` for ${(0,markdown/* code */.aY)(commit.slice(0, 12))}`;
    return `\n<sub>Updated by tlsguard${at} · details in ${summaryLink(context)}</sub>\n`;
}

// EXTERNAL MODULE: ./src/report/sarif.ts
var report_sarif = __webpack_require__(10643);
// EXTERNAL MODULE: ./src/report/step-annotations.ts + 1 modules
var step_annotations = __webpack_require__(78458);
// EXTERNAL MODULE: ./src/report/summary-markdown.ts
var summary_markdown = __webpack_require__(5382);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/rules/index.ts + 9 modules
var rules = __webpack_require__(7853);
// EXTERNAL MODULE: ./src/platform/node-fs.ts + 1 modules
var node_fs = __webpack_require__(75038);
// EXTERNAL MODULE: ./src/platform/node-git.ts
var node_git = __webpack_require__(79662);
;// CONCATENATED MODULE: ./src/action/base-ref.ts
/**
 * The base the findings are compared with (design §5). An explicit `base-ref` is used as given — if it
 * is missing the scan stops with a configuration error. On a pull request the default is its base, when
 * that commit is in the clone: with the merge commit checked out (the default) its first parent is the
 * base it was merged with, which `fetch-depth: 2` brings along; otherwise `pull_request.base.sha`.
 * Without either the run goes on (baseline file only) and says what to add.
 */
async function chooseBaseRef(input, context, root, git) {
    if (typeof input === 'string')
        return { baseRef: input };
    const pr = context.pullRequest;
    if (input === false || pr === undefined)
        return {};
    if (await isMergeCheckout(context, root, git)) {
        const parent = await git.resolveCommit(root, 'HEAD^1');
        if (parent !== undefined)
            return { baseRef: parent };
    }
    const base = await git.resolveCommit(root, pr.baseSha);
    if (base !== undefined)
        return { baseRef: base };
    return {
        warning: `tlsguard cannot compare with this pull request's base commit ${pr.baseSha.slice(0, 12)}: it is not in ` +
            `the clone (actions/checkout fetches one commit by default). Add \`with: { fetch-depth: 2 }\` to the ` +
            `actions/checkout step so that only findings this pull request adds count as new. Until then every ` +
            `finding that is not in the baseline file is reported as new.`,
    };
}
/** HEAD is GitHub's merge commit of the pull request: its second parent is the pull request's head. */
async function isMergeCheckout(context, root, git) {
    const pr = context.pullRequest;
    if (pr === undefined)
        return false;
    const head = await git.resolveCommit(root, 'HEAD');
    if (head === undefined || head === pr.headSha)
        return false;
    return (await git.resolveCommit(root, 'HEAD^2')) === pr.headSha;
}

;// CONCATENATED MODULE: ./src/action/changed-lines.ts

/**
 * Lines added or modified between `base` and HEAD (what the pull request commits), per file relative to `root` — used only to put annotations on
 * the lines a reviewer is looking at first. Undefined when git cannot tell.
 */
async function changedLinesSince(root, base) {
    const diff = await (0,node_git/* git */.$Y)(root, [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--unified=0',
        '--relative',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        base,
        'HEAD',
        '--',
    ]);
    return diff === undefined ? undefined : parseUnifiedDiff(diff);
}
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/** Added line numbers per new-side path from `git diff --unified=0` output. */
function parseUnifiedDiff(diff) {
    const changed = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const path = diffPath(line.slice(4));
            current = path === undefined ? undefined : new Set();
            if (path !== undefined && current)
                changed.set(path, current);
            continue;
        }
        const hunk = HUNK.exec(line);
        if (hunk && current) {
            const start = Number(hunk[1]);
            const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
            for (let offset = 0; offset < count; offset++)
                current.add(start + offset);
        }
    }
    return changed;
}
/** `b/src/a.js`, `"b/odd\\tname.js"` (git's C quoting) or `/dev/null` (a deleted file). */
function diffPath(text) {
    const raw = text.trimEnd();
    if (raw === '/dev/null')
        return undefined;
    const path = raw.startsWith('"') ? unquote(raw) : raw;
    return path.startsWith('b/') ? path.slice(2) : undefined;
}
const SIMPLE_ESCAPES = {
    a: 7,
    b: 8,
    t: 9,
    n: 10,
    v: 11,
    f: 12,
    r: 13,
    '"': 34,
    '\\': 92,
};
/** Undoes git's quoting of unusual file names: C escapes, octal bytes of UTF-8. */
function unquote(quoted) {
    const bytes = [];
    const body = quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
    for (let index = 0; index < body.length; index++) {
        const char = body.charAt(index);
        if (char !== '\\') {
            bytes.push(...new TextEncoder().encode(char));
            continue;
        }
        const next = body.charAt(index + 1);
        const octal = /^[0-7]{3}/.exec(body.slice(index + 1));
        if (octal) {
            bytes.push(parseInt(octal[0], 8));
            index += 3;
        }
        else {
            bytes.push(SIMPLE_ESCAPES[next] ?? next.charCodeAt(0));
            index += 1;
        }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
}

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(50157);
;// CONCATENATED MODULE: ./src/action/github-api.ts

/** Octokit for GITHUB_API_URL (read by @actions/github when the bundle loads), through the runner's proxy. */
function createClient(token) {
    return (0,github/* getOctokit */.Q)(token);
}
function httpStatus(error) {
    const status = typeof error === 'object' && error !== null
        ? error.status
        : undefined;
    return typeof status === 'number' ? status : undefined;
}
/**
 * One warning for a report GitHub refused. A 403/404 on a write means the token may not do it: name the
 * permission to add (and why forks and Dependabot cannot have it). The step's outcome never depends on it.
 */
function writeFailureWarning(what, permission, error, context) {
    const status = httpStatus(error);
    const reason = error instanceof Error ? error.message : String(error);
    if (status !== 403 && status !== 404)
        return `tlsguard could not ${what}: ${reason}. The findings are in the job summary.`;
    const readOnly = context.pullRequest?.fromFork === true || context.actor === 'dependabot[bot]'
        ? ' Runs for pull requests from forks and from Dependabot get a read-only token, so this cannot work there; the job summary has the full report.'
        : '';
    return (`tlsguard could not ${what} (HTTP ${status}: ${reason}). Give the job's token the permission ` +
        `\`permissions: ${permission}\` in the workflow (or set the \`token\` input to a token that has it).${readOnly}`);
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(73054);
;// CONCATENATED MODULE: ./src/action/inputs.ts


const FAIL_ON = ['new', 'any', 'none'];
const POLICIES = ['head', 'base'];
/** `getInput(name)` returns the trimmed value or '' (the runner fills in action.yml's defaults). */
function readInputs(getInput) {
    const text = (name) => nonEmpty(getInput(name));
    const noneOr = (name) => {
        const value = text(name);
        return value?.toLowerCase() === 'none' ? false : value;
    };
    const failOn = text('fail-on');
    const failSeverity = text('fail-severity');
    return {
        path: text('path') ?? '.',
        ...optional('config', text('config')),
        ...optional('baseline', noneOr('baseline')),
        ...optional('baseRef', noneOr('base-ref')),
        changedOnly: autoFlag(getInput('changed-only').trim()),
        ...optional('failOn', failOn === undefined ? undefined : oneOf('fail-on', failOn, FAIL_ON)),
        ...optional('failSeverity', failSeverity === undefined ? undefined : oneOf('fail-severity', failSeverity, types/* SEVERITIES */.oC)),
        ...optional('nonProduction', globList(getInput('non-production'))),
        ...optional('production', globList(getInput('production'))),
        ...optional('pythonVersion', text('python-version')),
        annotations: flag(getInput, 'annotations', true),
        summary: flag(getInput, 'summary', true),
        comment: flag(getInput, 'comment', true),
        checkRun: flag(getInput, 'check-run', false),
        ...optional('sarifFile', text('sarif-file')),
        token: getInput('token'),
        policy: oneOf('policy', text('policy') ?? 'head', POLICIES),
    };
}
/** Globs one per line or separated by commas, as workflow authors write lists; empty: not given. */
function globList(value) {
    const globs = value
        .split(/[\n,]/)
        .map((glob) => glob.trim())
        .filter((glob) => glob.length > 0);
    return globs.length > 0 ? globs : undefined;
}
function nonEmpty(value) {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
function autoFlag(value) {
    if (value === '' || value.toLowerCase() === 'auto')
        return 'auto';
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* UsageError */.eb(`input 'changed-only' must be auto, true or false (got '${value}')`);
}
/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function flag(getInput, name, fallback) {
    const value = getInput(name).trim();
    if (value === '')
        return fallback;
    if (TRUE.includes(value))
        return true;
    if (FALSE.includes(value))
        return false;
    throw new errors/* UsageError */.eb(`input '${name}' must be true or false (got '${value}')`);
}
function oneOf(name, value, allowed) {
    const match = allowed.find((candidate) => candidate === value.toLowerCase());
    if (match === undefined)
        throw new errors/* UsageError */.eb(`input '${name}' must be one of ${allowed.join(', ')} (got '${value}')`);
    return match;
}

;// CONCATENATED MODULE: ./src/action/publish-annotations.ts
/** Workflow-command annotations; @actions/core escapes `%`, CR, LF and, in properties, `:` and `,`. */
function publishAnnotations(annotations, log) {
    for (const annotation of annotations) {
        log.annotate(annotation.level, annotation.message, {
            title: annotation.title,
            ...(annotation.file === undefined ? {} : { file: annotation.file }),
            ...(annotation.startLine === undefined ? {} : { startLine: annotation.startLine }),
            ...(annotation.endLine === undefined ? {} : { endLine: annotation.endLine }),
            ...(annotation.startColumn === undefined ? {} : { startColumn: annotation.startColumn }),
            ...(annotation.endColumn === undefined ? {} : { endColumn: annotation.endColumn }),
        });
    }
}

;// CONCATENATED MODULE: ./src/action/publish-check-run.ts

/** The Checks API takes at most 50 annotations per request; later requests append. */
const CHECK_ANNOTATIONS_PER_REQUEST = 50;
/** 20 requests: enough for any real pull request, well inside the content-creation rate limits. */
const MAX_CHECK_ANNOTATIONS = 1000;
/**
 * The optional check run (`check-run: true`), on the pull request's head commit rather than the merge
 * commit, with all annotations in batches of 50. A refused write is one warning.
 */
async function publishCheckRun(client, context, report, log) {
    const where = { owner: context.owner, repo: context.repo };
    const annotations = report.annotations.slice(0, MAX_CHECK_ANNOTATIONS).flatMap(checkAnnotation);
    const batches = [];
    for (let start = 0; start < annotations.length; start += CHECK_ANNOTATIONS_PER_REQUEST)
        batches.push(annotations.slice(start, start + CHECK_ANNOTATIONS_PER_REQUEST));
    const capped = report.annotations.length > MAX_CHECK_ANNOTATIONS
        ? `\n\nOnly the first ${MAX_CHECK_ANNOTATIONS} of ${report.annotations.length} findings are annotated; the job summary lists all.`
        : '';
    const output = { title: report.title, summary: `${report.summary}${capped}` };
    try {
        const { data } = await client.rest.checks.create({
            ...where,
            name: report.name,
            head_sha: context.pullRequest?.headSha ?? context.sha,
            status: 'completed',
            conclusion: report.failing ? 'failure' : 'success',
            output: { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) },
        });
        for (const batch of batches.slice(1))
            await client.rest.checks.update({
                ...where,
                check_run_id: data.id,
                output: { ...output, annotations: batch },
            });
        log.info(`Check run "${report.name}" created with ${annotations.length} annotations.`);
    }
    catch (error) {
        log.warning(writeFailureWarning('create the check run', '{ checks: write }', error, context));
    }
}
function checkAnnotation(annotation) {
    if (annotation.file === undefined || annotation.startLine === undefined)
        return [];
    return [
        {
            path: annotation.file,
            start_line: annotation.startLine,
            end_line: annotation.endLine ?? annotation.startLine,
            ...(annotation.startColumn === undefined || annotation.endColumn === undefined
                ? {}
                : { start_column: annotation.startColumn, end_column: annotation.endColumn }),
            annotation_level: annotation.level === 'error' ? 'failure' : annotation.level,
            title: annotation.title.slice(0, 255),
            message: annotation.message,
        },
    ];
}

;// CONCATENATED MODULE: ./src/action/publish-comment.ts


/**
 * The hidden marker of this step's comment. Keyed by workflow, job and scan root, so two tlsguard steps
 * (say, two packages of a monorepo) keep one comment each.
 */
function commentMarker(context, pathPrefix) {
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update([context.workflow ?? '', context.job ?? '', pathPrefix].join('\0'))
        .digest('hex')
        .slice(0, 12);
    return `<!-- tlsguard:pr-comment ${key} -->`;
}
/**
 * One sticky comment per pull request (design §6): found by its marker among comments written by this
 * token's account, updated in place, never duplicated. A clean run updates an existing comment to the
 * all-clear but does not open a new one. A refused write is one warning; it never fails the step.
 */
async function publishComment(client, context, comment, log) {
    const pr = context.pullRequest;
    if (pr === undefined)
        return;
    const where = { owner: context.owner, repo: context.repo };
    try {
        const author = await tokenAccount(client);
        const comments = await client.paginate(client.rest.issues.listComments, {
            ...where,
            issue_number: pr.number,
            per_page: 100,
        });
        const ours = comments
            .filter((c) => c.body?.includes(comment.marker) === true && author(c.user))
            .sort((a, b) => a.id - b.id);
        const [existing, ...duplicates] = ours;
        if (existing === undefined) {
            if (comment.clean) {
                log.info('No new findings and no earlier tlsguard comment: nothing to comment.');
                return;
            }
            await client.rest.issues.createComment({
                ...where,
                issue_number: pr.number,
                body: comment.body,
            });
            log.info(`Commented on pull request #${pr.number}.`);
            return;
        }
        if (existing.body !== comment.body)
            await client.rest.issues.updateComment({
                ...where,
                comment_id: existing.id,
                body: comment.body,
            });
        log.info(`Updated the tlsguard comment on pull request #${pr.number}.`);
        // Two runs racing can both create one; keep the oldest.
        for (const duplicate of duplicates)
            await client.rest.issues.deleteComment({ ...where, comment_id: duplicate.id });
    }
    catch (error) {
        log.warning(writeFailureWarning(`comment on pull request #${pr.number}`, '{ pull-requests: write }', error, context));
    }
}
/**
 * Which comment authors are this token's account. A personal token can ask (`GET /user`); GitHub App
 * installation tokens, GITHUB_TOKEN included, cannot — GitHub answers 403, and some servers (GitHub
 * Enterprise, proxies) 404 or 401. Their comments are written by a bot account (`github-actions[bot]`,
 * `<app>[bot]`), a name no person can register.
 */
async function tokenAccount(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        return (user) => user?.login === data.login;
    }
    catch (error) {
        if (!NOT_A_USER.has(httpStatus(error) ?? 0))
            throw error;
        return (user) => user?.type === 'Bot' && user.login.endsWith('[bot]');
    }
}
/** `GET /user` answers for a token that belongs to no user account. */
const NOT_A_USER = new Set([401, 403, 404]);

// EXTERNAL MODULE: ./src/core/write-scope.ts
var write_scope = __webpack_require__(56537);
;// CONCATENATED MODULE: ./src/action/publish-sarif.ts



/**
 * Writes the SARIF file for github/codeql-action/upload-sarif; returns its path, or undefined on failure.
 * A pull request may have committed a symbolic link at that path or on the way to it: a link at the
 * file's own name is replaced by the file (its target is not touched), and a linked folder is refused.
 */
async function publishSarif(sarif, path, workspace, log) {
    try {
        const { replacedLink } = await node_fs/* nodeFileSystem */.G.writeText(path, (0,report_sarif/* sarifJson */.o9)(sarif), {
            within: (0,write_scope/* writeScope */.S)(path, workspace),
            createFolders: true,
            replaceLink: true,
        });
        if (replacedLink)
            log.warning(`${path} was a symbolic link (committed in the repository?); tlsguard replaced the link with the SARIF file and left its target alone.`);
        log.info(`SARIF written to ${path}`);
        return path;
    }
    catch (error) {
        log.warning(`tlsguard could not write the SARIF file ${path}: ${String(error)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/publish-summary.ts

/** Appends to the step summary (GITHUB_STEP_SUMMARY); outside Actions there is none, which is fine. */
async function publishSummary(markdown, log) {
    if (!process.env.GITHUB_STEP_SUMMARY) {
        log.debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
    }
    catch (error) {
        log.warning(`tlsguard could not write the job summary: ${String(error)}`);
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/action/repo-layout.ts



/**
 * The scan root relative to the repository root, which annotations, links and SARIF need: git's own
 * answer when the root is in a work tree (right even when actions/checkout used a `path:`), else the
 * root relative to the workspace.
 */
async function scanRootPrefix(root, workspace) {
    const prefix = await (0,node_git/* git */.$Y)(root, ['rev-parse', '--show-prefix']);
    if (prefix !== undefined)
        return (0,repo_path/* normalizeRelative */.i)(prefix.trim());
    const fromWorkspace = (0,repo_path/* normalizeRelative */.i)((0,external_node_path_.relative)(workspace, root), { windows: external_node_path_.sep === '\\' });
    return fromWorkspace.startsWith('..') ? '' : fromWorkspace;
}

;// CONCATENATED MODULE: ./src/action/runner-context.ts
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
function readRunnerContext(env, readEvent, cwd) {
    const repository = env.GITHUB_REPOSITORY ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    const serverUrl = withoutTrailingSlashes(env.GITHUB_SERVER_URL ?? 'https://github.com');
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const event = env.GITHUB_EVENT_PATH ? readEvent(env.GITHUB_EVENT_PATH) : undefined;
    const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? pullRequestOf(event) : undefined;
    return {
        eventName,
        repository,
        owner,
        repo,
        sha: env.GITHUB_SHA ?? '',
        workspace: env.GITHUB_WORKSPACE ?? cwd,
        serverUrl,
        ...(env.GITHUB_RUN_ID && repository
            ? { runUrl: `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
        ...runner_context_optional('actor', env.GITHUB_ACTOR),
        ...runner_context_optional('workflow', env.GITHUB_WORKFLOW),
        ...runner_context_optional('job', env.GITHUB_JOB),
        ...(pullRequest ? { pullRequest } : {}),
    };
}
function pullRequestOf(event) {
    const pr = field(event, 'pull_request');
    const number = field(pr, 'number');
    const baseSha = field(field(pr, 'base'), 'sha');
    const headSha = field(field(pr, 'head'), 'sha');
    if (typeof number !== 'number' || typeof baseSha !== 'string' || typeof headSha !== 'string')
        return undefined;
    const headRepo = field(field(field(pr, 'head'), 'repo'), 'full_name');
    const baseRepo = field(field(field(pr, 'base'), 'repo'), 'full_name');
    return {
        number,
        baseSha,
        headSha,
        fromFork: typeof headRepo !== 'string' || headRepo !== baseRepo,
    };
}
function field(value, key) {
    return typeof value === 'object' && value !== null
        ? value[key]
        : undefined;
}
function runner_context_optional(key, value) {
    return value ? { [key]: value } : {};
}
/** Drops trailing `/` without a regular expression (`/\/+$/` backtracks quadratically). */
function withoutTrailingSlashes(url) {
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end--;
    return url.slice(0, end);
}

;// CONCATENATED MODULE: ./src/action/step-log.ts

/**
 * The step's log and its annotation counts. GitHub keeps only 10 annotations per level per step, so
 * every warning printed here (a missing permission, a shallow clone) is counted and the findings'
 * annotations use what is left.
 */
class StepLog {
    counts = { error: 0, warning: 0, notice: 0 };
    info(message) {
        core/* info */.pq(message);
    }
    debug(message) {
        core/* debug */.Yz(message);
    }
    warning(message) {
        this.counts.warning++;
        core/* warning */.$e(message);
    }
    get used() {
        return { ...this.counts };
    }
    annotate(level, message, properties) {
        this.counts[level]++;
        const emit = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm }[level];
        emit(message, properties);
    }
    /**
     * Prints text from the repository (file names, code) verbatim. Workflow commands are switched off
     * around it, so a line that happens to read `::error::…` stays text.
     */
    untrusted(text, token) {
        core/* info */.pq(`::stop-commands::${token}`);
        core/* info */.pq(text);
        core/* info */.pq(`::${token}::`);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts






























/**
 * The Action: inputs → the same scan as the CLI → reports → outcome. The step fails for failing findings
 * or a configuration error only; a report GitHub refuses is a warning.
 */
async function run() {
    const log = new StepLog();
    try {
        const inputs = readInputs((name) => core/* getInput */.V4(name));
        // The runner masks `${{ secrets.* }}` and `github.token`, but a token built any other way is not.
        if (inputs.token !== '')
            core/* setSecret */.Pq(inputs.token);
        const context = readRunnerContext(process.env, readJson, process.cwd());
        const root = node_fs/* nodeFileSystem */.G.resolve(context.workspace, inputs.path);
        const choice = await chooseBaseRef(inputs.baseRef, context, root, node_git/* nodeGit */.ns);
        if (choice.warning !== undefined)
            log.warning(choice.warning);
        const policy = policySource(inputs.policy, context, choice.baseRef);
        const changedOnly = diffMode(inputs.changedOnly, context, choice.baseRef, log);
        const settings = await settingsFor(inputs, context.workspace, root, {
            baseRef: choice.baseRef,
            changedOnly,
            policy,
        });
        const result = await (0,scan/* scan */.SQ)({ ...settings.scan, committedChanges: true }, {
            fs: node_fs/* nodeFileSystem */.G,
            git: node_git/* nodeGit */.ns,
            now: () => performance.now(),
            logger: { debug: (m) => log.debug(m), warn: (m) => log.warning(m) },
        });
        log.untrusted((0,report_text/* renderText */.S5)(result, { color: false }), (0,external_node_crypto_.randomUUID)());
        const failing = (0,verdict/* failingFindings */.v)(result.findings, settings.failOn, settings.failSeverity);
        await publish({ inputs, context, settings, result, failing, root, baseRef: choice.baseRef }, log);
        conclude(failing, settings, log);
    }
    catch (error) {
        // A configuration or baseline error quotes the file: its text is the repository's.
        if (error instanceof errors/* UsageError */.eb)
            core/* setFailed */.C1((0,annotations/* annotationText */.xr)(error.message));
        else {
            core/* debug */.Yz(error instanceof Error ? (error.stack ?? error.message) : String(error));
            core/* setFailed */.C1(`tlsguard failed: ${String(error)}`);
        }
    }
}
function readJson(path) {
    return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
}
/**
 * Diff mode (design §6, performance): on a pull request with a known base only the changed files are
 * scanned, so a small pull request in a large repository costs what its files cost.
 */
function diffMode(input, context, baseRef, log) {
    if (input === false)
        return false;
    if (baseRef !== undefined)
        return input === true || context.pullRequest !== undefined;
    if (input === true) {
        log.warning('changed-only needs a base revision to compare with (a pull request base or the `base-ref` input); scanning every file.');
    }
    return false;
}
/**
 * `policy: base` on a pull request needs its base commit: judging it by its own files instead would
 * defeat the point, so a missing base stops the step. Elsewhere (a push) the work tree is the policy.
 */
function policySource(input, context, baseRef) {
    if (input === 'base' && baseRef === undefined && context.pullRequest !== undefined)
        throw new errors/* UsageError */.eb('`policy: base` needs the pull request’s base commit, which is not in the clone: add `with: { fetch-depth: 2 }` to the actions/checkout step.');
    return baseRef === undefined ? 'head' : input;
}
/** Inputs name files relative to the workspace, like every path in a workflow. */
async function settingsFor(inputs, workspace, root, base) {
    const { baseRef, changedOnly, policy } = base;
    const fs = node_fs/* nodeFileSystem */.G;
    const workspaceRelative = (path) => fs.resolve(workspace, path);
    return (0,settings/* resolveSettings */.M)(root, [root], {
        ...(inputs.config === undefined ? {} : { config: workspaceRelative(inputs.config) }),
        ...(inputs.baseline === undefined
            ? {}
            : { baseline: inputs.baseline === false ? false : workspaceRelative(inputs.baseline) }),
        ...(baseRef === undefined ? {} : { baseRef }),
        ...(changedOnly ? { changedOnly } : {}),
        ...(inputs.failOn === undefined ? {} : { failOn: inputs.failOn }),
        ...(inputs.failSeverity === undefined ? {} : { failSeverity: inputs.failSeverity }),
        policy,
        ...(inputs.nonProduction === undefined ? {} : { nonProduction: inputs.nonProduction }),
        ...(inputs.production === undefined ? {} : { production: inputs.production }),
        ...(inputs.pythonVersion === undefined ? {} : { pythonVersion: inputs.pythonVersion }),
    }, rules.RULES, fs, node_git/* nodeGit */.ns);
}
/** Every channel; writes to GitHub come first, because their warnings count against the annotation budget. */
async function publish(report, log) {
    const pathPrefix = await scanRootPrefix(report.root, report.context.workspace);
    const reportContext = githubReportContext(report, pathPrefix);
    const sarifPath = await writeSarif(report, pathPrefix, log);
    await publishToGitHub(report, reportContext, log);
    if (report.inputs.summary) {
        const sarifFile = sarifPath === undefined ? {} : { sarifFile: report.inputs.sarifFile ?? '' };
        await publishSummary((0,summary_markdown/* renderSummaryMarkdown */.i)(report.result, reportContext, sarifFile), log);
    }
    if (report.inputs.annotations) {
        const changedLines = report.baseRef === undefined
            ? undefined
            : await changedLinesSince(report.root, report.baseRef);
        const annotations = (0,step_annotations/* planStepAnnotations */.e)(report.result, report.failing, {
            pathPrefix,
            ...(changedLines === undefined ? {} : { changedLines }),
            alreadyUsed: log.used,
            subject: report.context.pullRequest === undefined ? 'This change' : 'This pull request',
        });
        publishAnnotations(annotations, log);
    }
    setOutputs(report.result, sarifPath);
}
async function writeSarif(report, pathPrefix, log) {
    const file = report.inputs.sarifFile;
    if (file === undefined)
        return undefined;
    const sarif = (0,report_sarif/* renderSarif */.WH)(report.result, { tool: tool/* TOOL */.j, rules: rules.RULES, pathPrefix });
    const { workspace } = report.context;
    return publishSarif(sarif, node_fs/* nodeFileSystem */.G.resolve(workspace, file), workspace, log);
}
/** The sticky comment and the optional check run: the two channels that need a token with write access. */
async function publishToGitHub(report, reportContext, log) {
    const { inputs, context, result } = report;
    const wantsComment = inputs.comment && context.pullRequest !== undefined;
    if (!wantsComment && !inputs.checkRun)
        return;
    if (inputs.token === '') {
        log.warning('tlsguard has no token (the `token` input is empty), so it cannot comment or create a check run. Leave `token` at its default, `${{ github.token }}`.');
        return;
    }
    const client = createClient(inputs.token);
    const freshCount = result.findings.filter((f) => f.status === 'new').length;
    if (wantsComment) {
        const marker = commentMarker(context, reportContext.pathPrefix);
        const body = renderPrComment(result, reportContext, { marker });
        const clean = freshCount === 0 && !(0,policy/* hasPolicyChanges */.S)(result.policy);
        await publishComment(client, context, { body, marker, clean }, log);
    }
    if (inputs.checkRun) {
        const all = (0,annotations/* planAnnotations */.mc)((0,annotations/* annotationCandidates */.AQ)(result.findings, report.failing), {
            pathPrefix: reportContext.pathPrefix,
            perLevel: Number.MAX_SAFE_INTEGER,
        });
        const prefix = reportContext.pathPrefix;
        await publishCheckRun(client, context, {
            name: prefix === '' ? 'tlsguard' : `tlsguard (${prefix})`,
            title: freshCount === 0
                ? 'No new insecure TLS usage'
                : `${freshCount} new insecure TLS finding${freshCount === 1 ? '' : 's'}`,
            summary: renderPrComment(result, reportContext, {}),
            failing: report.failing.length > 0,
            annotations: all.annotations,
        }, log);
    }
}
function githubReportContext(report, pathPrefix) {
    const { context, settings } = report;
    const commit = context.pullRequest?.headSha ?? context.sha;
    return {
        pathPrefix,
        ...(context.repository && commit
            ? {
                links: {
                    serverUrl: context.serverUrl,
                    repository: context.repository,
                    commit,
                    ...(context.runUrl === undefined ? {} : { runUrl: context.runUrl }),
                },
            }
            : {}),
        verdict: {
            failOn: settings.failOn,
            failSeverity: settings.failSeverity,
            failing: report.failing.length,
        },
        ...(settings.scan.changedSince === undefined
            ? {}
            : { changedSince: settings.scan.changedSince }),
        ...(context.pullRequest === undefined ? {} : { pullRequest: true }),
    };
}
function setOutputs(result, sarifPath) {
    const fresh = result.findings.filter((f) => f.status === 'new').length;
    core/* setOutput */.uH('new-count', fresh);
    core/* setOutput */.uH('unchanged-count', result.findings.length - fresh);
    core/* setOutput */.uH('fixed-count', result.fixed.reduce((sum, entry) => sum + entry.count, 0));
    core/* setOutput */.uH('total-count', result.findings.length);
    core/* setOutput */.uH('sarif-file', sarifPath ?? '');
    const policy = result.policy;
    core/* setOutput */.uH('policy-changes', policy === undefined
        ? 0
        : policy.acceptedEntries.length +
            policy.rules.length +
            policy.settings.length +
            policy.suppressions.length);
}
/**
 * Fails the step for failing findings. The failure message is an error annotation too, so it is only
 * printed as one while the findings left room for it; otherwise the exit code carries the failure.
 */
function conclude(failing, settings, log) {
    if (failing.length === 0)
        return;
    const message = (0,annotations/* failureMessage */.oh)(failing.length, settings.failOn, settings.failSeverity);
    if (log.used.error < annotations/* ANNOTATIONS_PER_LEVEL */.eA)
        core/* setFailed */.C1(message);
    else {
        log.info(`Error: ${message}`);
        process.exitCode = core/* ExitCode */.yU.Failure;
    }
}


/***/ })

};
