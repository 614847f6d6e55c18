/** The six-row decision checklist (condition → recommendation), with the guide that argues each row. */
export interface ChecklistRow {
  condition: string;
  recommendation: string;
  href: string;
}

export const CHECKLIST: readonly ChecklistRow[] = [
  { condition: 'No labeled eval set yet', recommendation: 'Start with prompt engineering, and build the eval set first', href: '/guides/evaluation-harness/' },
  { condition: 'Fewer than 500 labeled examples', recommendation: 'Use few-shot prompting; collect more data in parallel', href: '/guides/decision-framework/' },
  { condition: 'Prompt F1 above 0.85 on the eval set', recommendation: 'Ship the prompt; tuning is unlikely to move the needle enough', href: '/guides/decision-framework/' },
  { condition: 'Hard latency SLA under 300 ms', recommendation: 'Try smaller base models first, then fine-tune one', href: '/guides/cost-and-latency/' },
  { condition: 'Cost at scale is unsustainable', recommendation: 'Fine-tuning a smaller model is justified', href: '/guides/cost-and-latency/' },
  { condition: 'Prompt-engineering plateau confirmed', recommendation: 'Fine-tune, and plan for the operational overhead', href: '/guides/fine-tuning/' },
];
