ALTER TABLE "rollout_sessions" ADD CONSTRAINT "rollout_sessions_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "projects"("id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
