import { DOMParser, type Document } from '@xmldom/xmldom';

/** Parses XML strictly: any well-formedness error or warning throws. */
export function parseXml(text: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml');
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return document;
}
