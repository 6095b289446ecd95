// The review queue's status filter, shared by the page's links and its loader.
export const FILTERS = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'ALL'] as const
