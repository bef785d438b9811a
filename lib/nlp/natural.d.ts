// natural has no exports map; RoleLens imports the few modules it uses by deep path
// so the package's database drivers and dotenv never load.
declare module 'natural/lib/natural/stemmers/porter_stemmer' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords' {
  export const words: string[];
}
declare module 'natural/lib/natural/classifiers/bayes_classifier' {
  class BayesClassifier {
    constructor(stemmer?: unknown, smoothing?: number);
    addDocument(text: string | string[], label: string): void;
    train(): void;
    classify(text: string | string[]): string;
  }
  export default BayesClassifier;
}
