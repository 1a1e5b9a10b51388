-- Drives Neovim's own LSP client against `itup lsp` on a copy of the ITU example, headless.
-- Run: nvim --headless -u NONE -c 'luafile itup-lsp-session.lua' with ITUP_JAR and ITUP_WORKSPACE set.
-- Prints one line per result, "RESULT <name> <json>", and "DONE" at the end; NeovimLspIT asserts on them.
local jar = assert(os.getenv('ITUP_JAR'), 'ITUP_JAR not set')
local workspace = assert(os.getenv('ITUP_WORKSPACE'), 'ITUP_WORKSPACE not set')
local timeout = 60000

local function emit(name, value)
  io.stdout:write('RESULT ' .. name .. ' ' .. vim.fn.json_encode(value) .. '\n')
end

local function fail(message)
  io.stdout:write('FAILED ' .. message .. '\n')
  vim.cmd('qa!')
end

-- The findings the server published last, by file name, as the server sent them (with their codes).
local published = {}

local client_id = vim.lsp.start_client({
  name = 'itup',
  cmd = { 'java', '-jar', jar, 'lsp' },
  root_dir = workspace,
  workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'itu' } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      published[string.match(result.uri, '[^/]+$')] = result.diagnostics
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
  },
})
if not client_id then fail('the client did not start') end

local function open(file)
  vim.cmd('edit ' .. workspace .. '/' .. file)
  vim.lsp.buf_attach_client(0, client_id)
  return vim.api.nvim_get_current_buf()
end

-- The 0-based LSP position of the first occurrence of marker in the buffer, moved right by shift characters.
local function position_of(buffer, marker, shift)
  for number, line in ipairs(vim.api.nvim_buf_get_lines(buffer, 0, -1, false)) do
    local column = string.find(line, marker, 1, true)
    if column then return { line = number - 1, character = column - 1 + shift } end
  end
  fail('marker not found: ' .. marker)
end

local function request(buffer, method, params)
  local responses = vim.lsp.buf_request_sync(buffer, method, params, timeout)
  local response = responses and responses[client_id]
  if not response then fail(method .. ': no response') end
  local err = response.err or response.error
  if err then return { error = err.message } end
  return response.result
end

local function at(buffer, marker, shift)
  return { textDocument = vim.lsp.util.make_text_document_params(buffer), position = position_of(buffer, marker, shift) }
end

local sector = open('itu-r.itup')
if not vim.wait(timeout, function() local c = vim.lsp.get_client_by_id(client_id); return c and c.initialized end) then
  fail('the server did not initialize')
end

local goals = 'primary goals 1, 2, 3, 4'
local completion = request(sector, 'textDocument/completion', at(sector, goals, #'primary goals '))
local items = completion.items or completion
local labels = {}
for _, item in ipairs(items) do table.insert(labels, item.label) end
emit('completion', labels)

local hover = request(sector, 'textDocument/hover', at(sector, 'objective R.1 ', 10))
emit('hover', hover.contents.value or hover.contents)

local definition = request(sector, 'textDocument/definition', at(sector, goals, #'primary goals '))
local target = definition[1] or definition
emit('definition', { uri = target.uri or target.targetUri, range = target.range or target.targetSelectionRange })

local plan = open('plan.itup')

-- A broken target number (the test wrote 1.9 where 1.4 belongs): its quick fix, applied as Neovim applies edits.
local function numbering_findings()
  local found = {}
  for _, finding in ipairs(published['plan.itup'] or {}) do
    if finding.code and string.find(finding.code, 'TargetNumbering', 1, true) then table.insert(found, finding) end
  end
  return found
end
if not vim.wait(timeout, function() return #numbering_findings() > 0 end, 100) then fail('no TargetNumbering finding') end
local finding = numbering_findings()[1]
local actions = request(plan, 'textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(plan),
  range = finding.range,
  context = { diagnostics = { finding } },
})
if actions.error or #actions == 0 then fail('no code action for ' .. finding.message) end
emit('codeAction', actions[1].title)
vim.lsp.util.apply_workspace_edit(actions[1].edit, 'utf-16')
vim.cmd('silent wall')
emit('findingGone', vim.wait(timeout, function() return #numbering_findings() == 0 end, 100))

emit('foldingProvider', vim.lsp.get_client_by_id(client_id).server_capabilities.foldingRangeProvider or false)
emit('folding', request(plan, 'textDocument/foldingRange', { textDocument = vim.lsp.util.make_text_document_params(plan) }))

local rename_params = at(plan, 'goal 5 "Partnership"', 5)
rename_params.newName = '6'
local edit = request(plan, 'textDocument/rename', rename_params)
if edit.error then fail('rename refused: ' .. edit.error) end
vim.lsp.util.apply_workspace_edit(edit, 'utf-16')
vim.cmd('silent wall')
emit('rename', 'applied')

local clash_params = at(plan, 'goal 4 "Innovation"', 5)
clash_params.newName = '3'
emit('renameToExisting', request(plan, 'textDocument/rename', clash_params))

io.stdout:write('DONE\n')
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
