/*
 * spawn.c -- run another program (pg_dump, or this one for each database of
 * a fleet): argv as given, no shell (nothing to quote), a password in its
 * environment rather than on its command line (out of ps's sight), and
 * everything it prints collected.
 */
#include "migtrack_cli.h"

#include <poll.h>
#include <sys/wait.h>

/* start path; its stdout and stderr come back through the two pipes */
void
spawn_program(Spawned *sp, const char *path, char *const argv[], const char *password)
{
	int			outp[2];
	int			errp[2];

	if (pipe(outp) != 0 || pipe(errp) != 0)
		die(EXIT_ERROR, "could not create a pipe: %m");
	fflush(NULL);
	sp->pid = fork();
	if (sp->pid < 0)
		die(EXIT_ERROR, "could not fork: %m");
	if (sp->pid == 0)
	{
		dup2(outp[1], STDOUT_FILENO);
		dup2(errp[1], STDERR_FILENO);
		close(outp[0]);
		close(errp[0]);
		close(outp[1]);
		close(errp[1]);
		if (password != NULL)
			setenv("PGPASSWORD", password, 1);
		execv(path, argv);
		fprintf(stderr, "could not run %s: %s\n", path, strerror(errno));
		_exit(127);
	}
	close(outp[1]);
	close(errp[1]);
	sp->fd[0] = outp[0];
	sp->fd[1] = errp[0];
	initStringInfo(&sp->out);
	initStringInfo(&sp->err);
	sp->status = -1;
	sp->done = false;
}

/*
 * Read what the running programs print, waiting (timeout_ms, -1 for ever)
 * until one has more to say or ends; an ended one gets done and its exit
 * status (-1 when it did not exit normally).
 */
void
spawned_progress(Spawned *const *sps, int n, int timeout_ms)
{
	struct pollfd *fds = pg_malloc(sizeof(struct pollfd) * 2 * Max(n, 1));
	int			nfds = 0;
	int			i;

	for (i = 0; i < n; i++)
	{
		int			k;

		for (k = 0; k < 2; k++)
			if (!sps[i]->done && sps[i]->fd[k] >= 0)
			{
				fds[nfds].fd = sps[i]->fd[k];
				fds[nfds].events = POLLIN;
				fds[nfds].revents = 0;
				nfds++;
			}
	}
	if (nfds > 0 && poll(fds, nfds, timeout_ms) < 0 && errno != EINTR)
		die(EXIT_ERROR, "could not wait for a program: %m");
	for (i = 0; i < n; i++)
	{
		Spawned    *sp = sps[i];
		int			k;
		int			f;

		if (sp->done)
			continue;
		for (k = 0; k < 2; k++)
			for (f = 0; f < nfds; f++)
				if (sp->fd[k] >= 0 && fds[f].fd == sp->fd[k] && fds[f].revents != 0)
				{
					char		buf[65536];
					ssize_t		got = read(sp->fd[k], buf, sizeof(buf));

					if (got > 0)
						appendBinaryStringInfo(k == 0 ? &sp->out : &sp->err, buf, (int) got);
					else if (got == 0 || errno != EINTR)
					{
						close(sp->fd[k]);
						sp->fd[k] = -1;
					}
				}
		if (sp->fd[0] < 0 && sp->fd[1] < 0)
		{
			int			status;

			while (waitpid(sp->pid, &status, 0) < 0)
				if (errno != EINTR)
				{
					status = -1;
					break;
				}
			sp->status = status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
			sp->done = true;
		}
	}
	free(fds);
}

/* run one program to its end; its exit status */
int
run_program(const char *path, char *const argv[], const char *password, StringInfo out, StringInfo err)
{
	Spawned		sp;
	Spawned    *one[1] = {&sp};

	spawn_program(&sp, path, argv, password);
	while (!sp.done)
		spawned_progress(one, 1, -1);
	appendBinaryStringInfo(out, sp.out.data, sp.out.len);
	appendBinaryStringInfo(err, sp.err.data, sp.err.len);
	return sp.status;
}
