/** schema.org structured data for search engines. */

export interface QuestionAnswer {
  question: string;
  answer: string;
}

export function faqStructuredData(items: readonly QuestionAnswer[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map(({ question, answer }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: answer },
    })),
  };
}
