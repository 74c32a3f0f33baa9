// The workspace index as a candidate source: BM25 over the Corpus's passages.
import type { Corpus } from '../index/corpus.js';
import type { ArchivedDocument, CandidatePassage, CandidateQuery, CandidateSource } from './candidate-source.js';

export class CorpusCandidates implements CandidateSource {
  readonly label = 'the workspace';

  constructor(private readonly corpus: Corpus) {}

  async findPassages(query: CandidateQuery, limit: number): Promise<CandidatePassage[]> {
    return this.corpus.search(query.text, limit).map(({ passage, score }) => ({ docId: passage.docId, span: passage.span, text: passage.text, score }));
  }

  async fetchDocuments(ids: readonly string[]): Promise<ArchivedDocument[]> {
    const out: ArchivedDocument[] = [];
    for (const id of ids) {
      const document = this.corpus.getDocument(id);
      if (document) out.push({ document, article: { id, title: document.title, published: document.published, url: document.url } });
    }
    return out;
  }
}
