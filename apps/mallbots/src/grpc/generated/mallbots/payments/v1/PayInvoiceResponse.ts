// Original file: proto/mallbots/payments/v1/payments.proto


export interface PayInvoiceResponse {
}

export interface PayInvoiceResponse__Output {
}
