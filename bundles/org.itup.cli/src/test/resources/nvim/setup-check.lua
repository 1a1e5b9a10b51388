-- Run after the documented init.lua has opened a plan file: reports what a planner would see, as
-- "RESULT <name> <json>" lines and "DONE"; NeovimSetupIT asserts on them.
local timeout = 60000

local function emit(name, value)
  io.stdout:write('RESULT ' .. name .. ' ' .. vim.fn.json_encode(value) .. '\n')
end

local function clients_of(buffer)
  if vim.lsp.get_clients then return vim.lsp.get_clients({ bufnr = buffer }) end
  return vim.lsp.buf_get_clients(buffer)
end

local function itup_client(buffer)
  for _, client in pairs(clients_of(buffer)) do
    if client.name == 'itup' then return client end
  end
  return nil
end

local first = vim.api.nvim_get_current_buf()
emit('filetype', vim.bo[first].filetype)
local attached = vim.wait(timeout, function()
  local client = itup_client(first)
  return client ~= nil and client.initialized
end, 100)
emit('attached', attached)
if attached then
  vim.wait(timeout, function() return #vim.diagnostic.get(first) > 0 end, 100)
  emit('diagnostics', vim.tbl_map(function(d) return { line = d.lnum, message = d.message } end,
    vim.diagnostic.get(first)))
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('ITUP_SECOND_FILE')))
  local second = vim.api.nvim_get_current_buf()
  vim.wait(timeout, function() return itup_client(second) ~= nil end, 100)
  local client = itup_client(second)
  emit('sameServer', client ~= nil and client.id == itup_client(first).id)
end
io.stdout:write('DONE\n')
vim.cmd('qa!')
