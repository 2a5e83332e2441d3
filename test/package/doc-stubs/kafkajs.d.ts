/**
 * The part of kafkajs 2.x's API that docs/scale-out.md's Kafka sketch uses, declared as kafkajs's own
 * types/index.d.ts declares it, so that the sketch type-checks as written (`import { Kafka } from 'kafkajs'`)
 * without kafkajs among this package's dependencies. Add to it only what the sketch needs, copied from
 * kafkajs's types: a signature invented here would let a sketch that does not compile against kafkajs pass.
 */

export interface KafkaConfig {
  brokers: string[];
  clientId?: string;
}

export interface ConsumerConfig {
  groupId: string;
}

/** A message read: `MessageSetEntry | RecordBatchEntry` in kafkajs, alike in these fields. */
export interface KafkaMessage {
  key: Buffer | null;
  value: Buffer | null;
  timestamp: string;
  offset: string;
}

/** A message to send. */
export interface Message {
  key?: Buffer | string | null;
  value: Buffer | string | null;
  partition?: number;
  timestamp?: string;
}

export interface ProducerRecord {
  topic: string;
  messages: Message[];
  acks?: number;
  timeout?: number;
}

export interface RecordMetadata {
  topicName: string;
  partition: number;
  errorCode: number;
  offset?: string;
}

export interface EachMessagePayload {
  topic: string;
  partition: number;
  message: KafkaMessage;
  heartbeat(): Promise<void>;
  pause(): () => void;
}

export type ConsumerSubscribeTopics = { topics: (string | RegExp)[]; fromBeginning?: boolean };

export type ConsumerRunConfig = {
  autoCommit?: boolean;
  partitionsConsumedConcurrently?: number;
  eachMessage?: (payload: EachMessagePayload) => Promise<void>;
};

export type Consumer = {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  subscribe(subscription: ConsumerSubscribeTopics): Promise<void>;
  run(config?: ConsumerRunConfig): Promise<void>;
  stop(): Promise<void>;
};

export type Producer = {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  send(record: ProducerRecord): Promise<RecordMetadata[]>;
};

export declare class Kafka {
  constructor(config: KafkaConfig);
  producer(): Producer;
  consumer(config: ConsumerConfig): Consumer;
}
