ALTER TYPE "agent_message_type" ADD VALUE 'error';--> statement-breakpoint
