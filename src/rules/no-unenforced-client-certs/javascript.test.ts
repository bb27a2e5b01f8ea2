import { runRuleTests } from '../../../test/rule-tester.js';
import { cases } from './javascript.cases.js';
import rule from './index.js';

runRuleTests(rule, cases);
