/** Where the create-order saga's participants reply. The saga itself is cosec's own business. */
export const CosecTopics = {
  createOrderReplies: 'mallbots.cosec.replies.CreateOrder',
} as const;
