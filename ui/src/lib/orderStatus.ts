// The nine marketplace order statuses, in the order an order moves through them, with English
// names for the English UI (the API and FAQ variants use the Chinese names).
import type { OrderStatus } from './api/client';

export const ORDER_STATUSES: OrderStatus[] = [
  '未下单',
  '待付款',
  '待成团',
  '待发货',
  '已发货',
  '部分发货',
  '交易成功',
  '交易关闭',
  '订单取消',
];

const EN: Record<OrderStatus, string> = {
  未下单: 'No order',
  待付款: 'Awaiting payment',
  待成团: 'Awaiting group',
  待发货: 'Awaiting shipment',
  已发货: 'Shipped',
  部分发货: 'Partly shipped',
  交易成功: 'Completed',
  交易关闭: 'Closed',
  订单取消: 'Cancelled',
};

/** The status's name in the UI language. */
export function statusName(s: OrderStatus, locale: string): string {
  return locale === 'en' ? EN[s] : s;
}
