// The reading log as W3C Web Annotations (JSON-LD), and back. Each log entry becomes one
// annotation: a TextQuoteSelector on the page, the fact-base claims and the student's words as bodies.
// A claim body says what kind of claim it is and where it comes from, in Dublin Core and schema.org
// terms the annotation context already defines; reading a file back ignores them.
import type { ClaimView } from './card-view';
import { NOT_STATED, provenanceNote } from './provenance';
import { isLogEntry, type LogEntry } from './reading-log';
import type { ClaimKind, Voice } from './types';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const URN = 'urn:counterpoint:';

interface TextualBody {
  type: 'TextualBody';
  id?: string;
  purpose: 'identifying' | 'questioning' | 'commenting' | 'describing' | 'classifying';
  value: string;
  format: 'text/plain';
  language?: string;
  creator?: { type: 'Person' | 'Organization'; name: string; 'schema:affiliation'?: Voice; 'schema:jobTitle'?: string };
  /** quote, reported, framing or statistic: a paraphrase never passes for a quote. */
  'dcterms:type'?: ClaimKind;
  'dcterms:source'?: string;
  /** The outlet as the document names it, or "not stated". */
  'dcterms:publisher'?: string;
  /** Only where the document states it (or it was inferred, as dcterms:provenance then says). */
  'dcterms:date'?: string;
  /** The administration in office, where the document says so. */
  'dcterms:temporal'?: string;
  'dcterms:provenance'?: string;
}

export interface WebAnnotation {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  generator: { id: string; type: 'Software'; name: string };
  body: TextualBody[];
  target: {
    source: string;
    'dcterms:title'?: string;
    selector: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  };
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** A revealed claim as the card showed it. */
export interface ClaimDetails {
  view: ClaimView;
}


const GENERATOR = { id: 'urn:counterpoint:extension', type: 'Software', name: 'Counterpoint' } as const;

export function toWebAnnotation(entry: LogEntry, claims: Record<string, ClaimDetails>, entityName: string): WebAnnotation {
  const body: TextualBody[] = [
    { type: 'TextualBody', id: `${URN}entity:${entry.entityId}`, purpose: 'identifying', value: entityName, format: 'text/plain' },
    { type: 'TextualBody', ...(entry.questionId ? { id: `${URN}question:${entry.questionId}` } : {}), purpose: 'questioning', value: entry.question, format: 'text/plain' },
    { type: 'TextualBody', purpose: 'commenting', value: entry.answer, format: 'text/plain', creator: { type: 'Person', name: 'student' } },
  ];
  if (entry.revealedTopicId) body.push({ type: 'TextualBody', id: `${URN}topic:${entry.revealedTopicId}`, purpose: 'classifying', value: entry.revealedTopicId, format: 'text/plain' });
  for (const claimId of entry.revealedClaimIds) {
    const view = claims[claimId]?.view;
    if (!view) continue;
    const publisher = view.outlet.named ? view.outlet.outlet : NOT_STATED;
    body.push({
      type: 'TextualBody',
      id: `${URN}claim:${claimId}`,
      purpose: 'describing',
      value: view.text,
      format: 'text/plain',
      language: view.lang,
      creator: {
        type: view.speaker === null || view.voice === 'outlet' ? 'Organization' : 'Person',
        name: view.speaker ?? publisher,
        'schema:affiliation': view.voice,
        ...(view.speakerRole ? { 'schema:jobTitle': view.speakerRole } : {}),
      },
      'dcterms:type': view.kind,
      'dcterms:source': `${URN}source:${view.sourceId}`,
      'dcterms:publisher': publisher,
      ...(view.date ? { 'dcterms:date': view.date.value } : {}),
      ...(view.era ? { 'dcterms:temporal': view.era } : {}),
      'dcterms:provenance': provenanceNote(view),
    });
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${URN}annotation:${entry.id}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: entry.openedAt,
    modified: entry.revealedAt,
    generator: GENERATOR,
    body,
    target: {
      source: entry.url,
      'dcterms:title': entry.pageTitle,
      selector: { type: 'TextQuoteSelector', exact: entry.quote.exact, prefix: entry.quote.prefix, suffix: entry.quote.suffix },
    },
  };
}

export function toAnnotationCollection(entries: readonly LogEntry[], claims: Record<string, ClaimDetails>, entityNames: Record<string, string>, label: string): AnnotationCollection {
  const items = entries.map((entry) => toWebAnnotation(entry, claims, entityNames[entry.entityId] ?? entry.entityId));
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${URN}collection:${Date.now()}`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${URN}page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

const idAfter = (id: unknown, kind: string): string | null =>
  typeof id === 'string' && id.startsWith(`${URN}${kind}:`) ? id.slice(`${URN}${kind}:`.length) : null;

/** Reads annotations back into log entries. Accepts a collection, a page, an array or one annotation. */
export function fromWebAnnotations(json: unknown): { entries: LogEntry[]; skipped: number } {
  const items: unknown[] = Array.isArray(json)
    ? json
    : typeof json === 'object' && json !== null
      ? (json as { type?: string }).type === 'AnnotationCollection'
        ? ((json as { first?: { items?: unknown[] } }).first?.items ?? [])
        : (json as { type?: string }).type === 'AnnotationPage'
          ? ((json as { items?: unknown[] }).items ?? [])
          : [json]
      : [];
  const entries: LogEntry[] = [];
  let skipped = 0;
  for (const item of items) {
    const annotation = item as Partial<WebAnnotation>;
    const bodies = Array.isArray(annotation.body) ? annotation.body : [];
    const withPurpose = (purpose: TextualBody['purpose']) => bodies.filter((body) => body?.purpose === purpose);
    const entityId = idAfter(withPurpose('identifying')[0]?.id, 'entity');
    const question = withPurpose('questioning')[0];
    const entry = {
      id: idAfter(annotation.id, 'annotation') ?? '',
      url: annotation.target?.source ?? '',
      pageTitle: annotation.target?.['dcterms:title'] ?? annotation.target?.source ?? '',
      entityId: entityId ?? '',
      quote: {
        exact: annotation.target?.selector?.exact ?? '',
        prefix: annotation.target?.selector?.prefix ?? '',
        suffix: annotation.target?.selector?.suffix ?? '',
      },
      questionId: idAfter(question?.id, 'question'),
      question: question?.value ?? '',
      answer: withPurpose('commenting')[0]?.value ?? '',
      revealedTopicId: idAfter(withPurpose('classifying')[0]?.id, 'topic'),
      revealedClaimIds: withPurpose('describing').flatMap((body) => idAfter(body.id, 'claim') ?? []),
      openedAt: annotation.created ?? '',
      revealedAt: annotation.modified ?? annotation.created ?? '',
    };
    if (annotation.type === 'Annotation' && entry.id && entityId && isLogEntry(entry)) entries.push(entry);
    else skipped++;
  }
  return { entries, skipped };
}
