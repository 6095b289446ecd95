export { Button, buttonClass } from './button'
export { Badge, Card, EmptyState, PageHeader } from './card'
export { Field, FormError } from './field'
export { Pagination } from './pagination'
