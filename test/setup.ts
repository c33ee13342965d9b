// n8n's logger would print every node error of the failure tests; the tests assert them instead.
process.env.N8N_LOG_LEVEL = 'silent';
