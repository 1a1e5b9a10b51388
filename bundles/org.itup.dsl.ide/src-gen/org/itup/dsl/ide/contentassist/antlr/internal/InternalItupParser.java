package org.itup.dsl.ide.contentassist.antlr.internal;

import java.io.InputStream;
import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.AbstractInternalContentAssistParser;
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.DFA;
import org.itup.dsl.services.ItupGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalItupParser extends AbstractInternalContentAssistParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_INT", "RULE_ID", "RULE_STRING", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'qualitative'", "'plan'", "'goal'", "'goals'", "'.'", "'-'", "'level'", "'increase'", "'decrease'", "'sector'", "'inter-sectoral'", "'secretariat'", "'maintain'", "'avoidance'", "'limitation'", "'transfer'", "'acceptance'", "'strength'", "'weakness'", "'opportunity'", "'threat'", "'period'", "'to'", "'adopted'", "'by'", "'vision'", "'mission'", "'sectors'", "','", "'swot'", "'{'", "'}'", "'wsis'", "'facilitator'", "'sdg'", "'custodian'", "'operational'", "'for'", "'year'", "'implements'", "'responsible'", "'objective'", "'output'", "'retired'", "'activity'", "'resources'", "'import'", "'value'", "'statement'", "'description'", "'target'", "'population'", "'baseline'", "'('", "')'", "'bureau'", "'primary'", "'secondary'", "'outcome'", "'indicator'", "'unit'", "'direction'", "'enabler'", "'supports'", "'contribution'", "'result'", "'risk'", "'aspect'", "'mitigation'", "'criterion'", "'term'", "'definition'", "'forecast'", "'measured'", "'all'", "'unavailable'"
    };
    public static final int T__50=50;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__59=59;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__55=55;
    public static final int T__12=12;
    public static final int T__56=56;
    public static final int T__13=13;
    public static final int T__57=57;
    public static final int T__14=14;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__52=52;
    public static final int T__53=53;
    public static final int T__54=54;
    public static final int T__60=60;
    public static final int T__61=61;
    public static final int RULE_ID=5;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int RULE_INT=4;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__66=66;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__23=23;
    public static final int T__67=67;
    public static final int T__24=24;
    public static final int T__68=68;
    public static final int T__25=25;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__63=63;
    public static final int T__20=20;
    public static final int T__64=64;
    public static final int T__21=21;
    public static final int T__65=65;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=6;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__77=77;
    public static final int T__34=34;
    public static final int T__78=78;
    public static final int T__35=35;
    public static final int T__79=79;
    public static final int T__36=36;
    public static final int T__73=73;
    public static final int EOF=-1;
    public static final int T__30=30;
    public static final int T__74=74;
    public static final int T__31=31;
    public static final int T__75=75;
    public static final int T__32=32;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__81=81;
    public static final int T__82=82;
    public static final int T__83=83;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__84=84;
    public static final int T__41=41;
    public static final int T__85=85;
    public static final int T__42=42;
    public static final int T__86=86;
    public static final int T__43=43;

    // delegates
    // delegators


        public InternalItupParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalItupParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalItupParser.tokenNames; }
    public String getGrammarFileName() { return "InternalItup.g"; }


    	private ItupGrammarAccess grammarAccess;

    	public void setGrammarAccess(ItupGrammarAccess grammarAccess) {
    		this.grammarAccess = grammarAccess;
    	}

    	@Override
    	protected Grammar getGrammar() {
    		return grammarAccess.getGrammar();
    	}

    	@Override
    	protected String getValueForTokenName(String tokenName) {
    		return tokenName;
    	}



    // $ANTLR start "entryRulePlanFile"
    // InternalItup.g:53:1: entryRulePlanFile : rulePlanFile EOF ;
    public final void entryRulePlanFile() throws RecognitionException {
        try {
            // InternalItup.g:54:1: ( rulePlanFile EOF )
            // InternalItup.g:55:1: rulePlanFile EOF
            {
             before(grammarAccess.getPlanFileRule()); 
            pushFollow(FOLLOW_1);
            rulePlanFile();

            state._fsp--;

             after(grammarAccess.getPlanFileRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePlanFile"


    // $ANTLR start "rulePlanFile"
    // InternalItup.g:62:1: rulePlanFile : ( ( rule__PlanFile__Alternatives ) ) ;
    public final void rulePlanFile() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:66:2: ( ( ( rule__PlanFile__Alternatives ) ) )
            // InternalItup.g:67:2: ( ( rule__PlanFile__Alternatives ) )
            {
            // InternalItup.g:67:2: ( ( rule__PlanFile__Alternatives ) )
            // InternalItup.g:68:3: ( rule__PlanFile__Alternatives )
            {
             before(grammarAccess.getPlanFileAccess().getAlternatives()); 
            // InternalItup.g:69:3: ( rule__PlanFile__Alternatives )
            // InternalItup.g:69:4: rule__PlanFile__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__PlanFile__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getPlanFileAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlanFile"


    // $ANTLR start "entryRulePlan"
    // InternalItup.g:78:1: entryRulePlan : rulePlan EOF ;
    public final void entryRulePlan() throws RecognitionException {
        try {
            // InternalItup.g:79:1: ( rulePlan EOF )
            // InternalItup.g:80:1: rulePlan EOF
            {
             before(grammarAccess.getPlanRule()); 
            pushFollow(FOLLOW_1);
            rulePlan();

            state._fsp--;

             after(grammarAccess.getPlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePlan"


    // $ANTLR start "rulePlan"
    // InternalItup.g:87:1: rulePlan : ( ( rule__Plan__Group__0 ) ) ;
    public final void rulePlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:91:2: ( ( ( rule__Plan__Group__0 ) ) )
            // InternalItup.g:92:2: ( ( rule__Plan__Group__0 ) )
            {
            // InternalItup.g:92:2: ( ( rule__Plan__Group__0 ) )
            // InternalItup.g:93:3: ( rule__Plan__Group__0 )
            {
             before(grammarAccess.getPlanAccess().getGroup()); 
            // InternalItup.g:94:3: ( rule__Plan__Group__0 )
            // InternalItup.g:94:4: rule__Plan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePlan"


    // $ANTLR start "entryRuleOperationalPlan"
    // InternalItup.g:103:1: entryRuleOperationalPlan : ruleOperationalPlan EOF ;
    public final void entryRuleOperationalPlan() throws RecognitionException {
        try {
            // InternalItup.g:104:1: ( ruleOperationalPlan EOF )
            // InternalItup.g:105:1: ruleOperationalPlan EOF
            {
             before(grammarAccess.getOperationalPlanRule()); 
            pushFollow(FOLLOW_1);
            ruleOperationalPlan();

            state._fsp--;

             after(grammarAccess.getOperationalPlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOperationalPlan"


    // $ANTLR start "ruleOperationalPlan"
    // InternalItup.g:112:1: ruleOperationalPlan : ( ( rule__OperationalPlan__Group__0 ) ) ;
    public final void ruleOperationalPlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:116:2: ( ( ( rule__OperationalPlan__Group__0 ) ) )
            // InternalItup.g:117:2: ( ( rule__OperationalPlan__Group__0 ) )
            {
            // InternalItup.g:117:2: ( ( rule__OperationalPlan__Group__0 ) )
            // InternalItup.g:118:3: ( rule__OperationalPlan__Group__0 )
            {
             before(grammarAccess.getOperationalPlanAccess().getGroup()); 
            // InternalItup.g:119:3: ( rule__OperationalPlan__Group__0 )
            // InternalItup.g:119:4: rule__OperationalPlan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOperationalPlan"


    // $ANTLR start "entryRuleObjectivePlan"
    // InternalItup.g:128:1: entryRuleObjectivePlan : ruleObjectivePlan EOF ;
    public final void entryRuleObjectivePlan() throws RecognitionException {
        try {
            // InternalItup.g:129:1: ( ruleObjectivePlan EOF )
            // InternalItup.g:130:1: ruleObjectivePlan EOF
            {
             before(grammarAccess.getObjectivePlanRule()); 
            pushFollow(FOLLOW_1);
            ruleObjectivePlan();

            state._fsp--;

             after(grammarAccess.getObjectivePlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleObjectivePlan"


    // $ANTLR start "ruleObjectivePlan"
    // InternalItup.g:137:1: ruleObjectivePlan : ( ( rule__ObjectivePlan__Group__0 ) ) ;
    public final void ruleObjectivePlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:141:2: ( ( ( rule__ObjectivePlan__Group__0 ) ) )
            // InternalItup.g:142:2: ( ( rule__ObjectivePlan__Group__0 ) )
            {
            // InternalItup.g:142:2: ( ( rule__ObjectivePlan__Group__0 ) )
            // InternalItup.g:143:3: ( rule__ObjectivePlan__Group__0 )
            {
             before(grammarAccess.getObjectivePlanAccess().getGroup()); 
            // InternalItup.g:144:3: ( rule__ObjectivePlan__Group__0 )
            // InternalItup.g:144:4: rule__ObjectivePlan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getObjectivePlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleObjectivePlan"


    // $ANTLR start "entryRuleOutputPlan"
    // InternalItup.g:153:1: entryRuleOutputPlan : ruleOutputPlan EOF ;
    public final void entryRuleOutputPlan() throws RecognitionException {
        try {
            // InternalItup.g:154:1: ( ruleOutputPlan EOF )
            // InternalItup.g:155:1: ruleOutputPlan EOF
            {
             before(grammarAccess.getOutputPlanRule()); 
            pushFollow(FOLLOW_1);
            ruleOutputPlan();

            state._fsp--;

             after(grammarAccess.getOutputPlanRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutputPlan"


    // $ANTLR start "ruleOutputPlan"
    // InternalItup.g:162:1: ruleOutputPlan : ( ( rule__OutputPlan__Group__0 ) ) ;
    public final void ruleOutputPlan() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:166:2: ( ( ( rule__OutputPlan__Group__0 ) ) )
            // InternalItup.g:167:2: ( ( rule__OutputPlan__Group__0 ) )
            {
            // InternalItup.g:167:2: ( ( rule__OutputPlan__Group__0 ) )
            // InternalItup.g:168:3: ( rule__OutputPlan__Group__0 )
            {
             before(grammarAccess.getOutputPlanAccess().getGroup()); 
            // InternalItup.g:169:3: ( rule__OutputPlan__Group__0 )
            // InternalItup.g:169:4: rule__OutputPlan__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutputPlanAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutputPlan"


    // $ANTLR start "entryRuleRetiredOutput"
    // InternalItup.g:178:1: entryRuleRetiredOutput : ruleRetiredOutput EOF ;
    public final void entryRuleRetiredOutput() throws RecognitionException {
        try {
            // InternalItup.g:179:1: ( ruleRetiredOutput EOF )
            // InternalItup.g:180:1: ruleRetiredOutput EOF
            {
             before(grammarAccess.getRetiredOutputRule()); 
            pushFollow(FOLLOW_1);
            ruleRetiredOutput();

            state._fsp--;

             after(grammarAccess.getRetiredOutputRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleRetiredOutput"


    // $ANTLR start "ruleRetiredOutput"
    // InternalItup.g:187:1: ruleRetiredOutput : ( ( rule__RetiredOutput__Group__0 ) ) ;
    public final void ruleRetiredOutput() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:191:2: ( ( ( rule__RetiredOutput__Group__0 ) ) )
            // InternalItup.g:192:2: ( ( rule__RetiredOutput__Group__0 ) )
            {
            // InternalItup.g:192:2: ( ( rule__RetiredOutput__Group__0 ) )
            // InternalItup.g:193:3: ( rule__RetiredOutput__Group__0 )
            {
             before(grammarAccess.getRetiredOutputAccess().getGroup()); 
            // InternalItup.g:194:3: ( rule__RetiredOutput__Group__0 )
            // InternalItup.g:194:4: rule__RetiredOutput__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getRetiredOutputAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRetiredOutput"


    // $ANTLR start "ruleOutputWork"
    // InternalItup.g:204:1: ruleOutputWork : ( ( rule__OutputWork__Group__0 ) ) ;
    public final void ruleOutputWork() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:208:2: ( ( ( rule__OutputWork__Group__0 ) ) )
            // InternalItup.g:209:2: ( ( rule__OutputWork__Group__0 ) )
            {
            // InternalItup.g:209:2: ( ( rule__OutputWork__Group__0 ) )
            // InternalItup.g:210:3: ( rule__OutputWork__Group__0 )
            {
             before(grammarAccess.getOutputWorkAccess().getGroup()); 
            // InternalItup.g:211:3: ( rule__OutputWork__Group__0 )
            // InternalItup.g:211:4: rule__OutputWork__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutputWorkAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutputWork"


    // $ANTLR start "entryRuleMilestone"
    // InternalItup.g:220:1: entryRuleMilestone : ruleMilestone EOF ;
    public final void entryRuleMilestone() throws RecognitionException {
        try {
            // InternalItup.g:221:1: ( ruleMilestone EOF )
            // InternalItup.g:222:1: ruleMilestone EOF
            {
             before(grammarAccess.getMilestoneRule()); 
            pushFollow(FOLLOW_1);
            ruleMilestone();

            state._fsp--;

             after(grammarAccess.getMilestoneRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMilestone"


    // $ANTLR start "ruleMilestone"
    // InternalItup.g:229:1: ruleMilestone : ( ( rule__Milestone__Group__0 ) ) ;
    public final void ruleMilestone() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:233:2: ( ( ( rule__Milestone__Group__0 ) ) )
            // InternalItup.g:234:2: ( ( rule__Milestone__Group__0 ) )
            {
            // InternalItup.g:234:2: ( ( rule__Milestone__Group__0 ) )
            // InternalItup.g:235:3: ( rule__Milestone__Group__0 )
            {
             before(grammarAccess.getMilestoneAccess().getGroup()); 
            // InternalItup.g:236:3: ( rule__Milestone__Group__0 )
            // InternalItup.g:236:4: rule__Milestone__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMilestoneAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMilestone"


    // $ANTLR start "entryRuleImport"
    // InternalItup.g:245:1: entryRuleImport : ruleImport EOF ;
    public final void entryRuleImport() throws RecognitionException {
        try {
            // InternalItup.g:246:1: ( ruleImport EOF )
            // InternalItup.g:247:1: ruleImport EOF
            {
             before(grammarAccess.getImportRule()); 
            pushFollow(FOLLOW_1);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getImportRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImport"


    // $ANTLR start "ruleImport"
    // InternalItup.g:254:1: ruleImport : ( ( rule__Import__Group__0 ) ) ;
    public final void ruleImport() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:258:2: ( ( ( rule__Import__Group__0 ) ) )
            // InternalItup.g:259:2: ( ( rule__Import__Group__0 ) )
            {
            // InternalItup.g:259:2: ( ( rule__Import__Group__0 ) )
            // InternalItup.g:260:3: ( rule__Import__Group__0 )
            {
             before(grammarAccess.getImportAccess().getGroup()); 
            // InternalItup.g:261:3: ( rule__Import__Group__0 )
            // InternalItup.g:261:4: rule__Import__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImport"


    // $ANTLR start "entryRuleCoreValue"
    // InternalItup.g:270:1: entryRuleCoreValue : ruleCoreValue EOF ;
    public final void entryRuleCoreValue() throws RecognitionException {
        try {
            // InternalItup.g:271:1: ( ruleCoreValue EOF )
            // InternalItup.g:272:1: ruleCoreValue EOF
            {
             before(grammarAccess.getCoreValueRule()); 
            pushFollow(FOLLOW_1);
            ruleCoreValue();

            state._fsp--;

             after(grammarAccess.getCoreValueRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCoreValue"


    // $ANTLR start "ruleCoreValue"
    // InternalItup.g:279:1: ruleCoreValue : ( ( rule__CoreValue__Group__0 ) ) ;
    public final void ruleCoreValue() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:283:2: ( ( ( rule__CoreValue__Group__0 ) ) )
            // InternalItup.g:284:2: ( ( rule__CoreValue__Group__0 ) )
            {
            // InternalItup.g:284:2: ( ( rule__CoreValue__Group__0 ) )
            // InternalItup.g:285:3: ( rule__CoreValue__Group__0 )
            {
             before(grammarAccess.getCoreValueAccess().getGroup()); 
            // InternalItup.g:286:3: ( rule__CoreValue__Group__0 )
            // InternalItup.g:286:4: rule__CoreValue__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCoreValue"


    // $ANTLR start "entryRuleGoal"
    // InternalItup.g:295:1: entryRuleGoal : ruleGoal EOF ;
    public final void entryRuleGoal() throws RecognitionException {
        try {
            // InternalItup.g:296:1: ( ruleGoal EOF )
            // InternalItup.g:297:1: ruleGoal EOF
            {
             before(grammarAccess.getGoalRule()); 
            pushFollow(FOLLOW_1);
            ruleGoal();

            state._fsp--;

             after(grammarAccess.getGoalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGoal"


    // $ANTLR start "ruleGoal"
    // InternalItup.g:304:1: ruleGoal : ( ( rule__Goal__Group__0 ) ) ;
    public final void ruleGoal() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:308:2: ( ( ( rule__Goal__Group__0 ) ) )
            // InternalItup.g:309:2: ( ( rule__Goal__Group__0 ) )
            {
            // InternalItup.g:309:2: ( ( rule__Goal__Group__0 ) )
            // InternalItup.g:310:3: ( rule__Goal__Group__0 )
            {
             before(grammarAccess.getGoalAccess().getGroup()); 
            // InternalItup.g:311:3: ( rule__Goal__Group__0 )
            // InternalItup.g:311:4: rule__Goal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGoal"


    // $ANTLR start "entryRuleTarget"
    // InternalItup.g:320:1: entryRuleTarget : ruleTarget EOF ;
    public final void entryRuleTarget() throws RecognitionException {
        try {
            // InternalItup.g:321:1: ( ruleTarget EOF )
            // InternalItup.g:322:1: ruleTarget EOF
            {
             before(grammarAccess.getTargetRule()); 
            pushFollow(FOLLOW_1);
            ruleTarget();

            state._fsp--;

             after(grammarAccess.getTargetRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTarget"


    // $ANTLR start "ruleTarget"
    // InternalItup.g:329:1: ruleTarget : ( ( rule__Target__Group__0 ) ) ;
    public final void ruleTarget() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:333:2: ( ( ( rule__Target__Group__0 ) ) )
            // InternalItup.g:334:2: ( ( rule__Target__Group__0 ) )
            {
            // InternalItup.g:334:2: ( ( rule__Target__Group__0 ) )
            // InternalItup.g:335:3: ( rule__Target__Group__0 )
            {
             before(grammarAccess.getTargetAccess().getGroup()); 
            // InternalItup.g:336:3: ( rule__Target__Group__0 )
            // InternalItup.g:336:4: rule__Target__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTarget"


    // $ANTLR start "entryRuleBaseline"
    // InternalItup.g:345:1: entryRuleBaseline : ruleBaseline EOF ;
    public final void entryRuleBaseline() throws RecognitionException {
        try {
            // InternalItup.g:346:1: ( ruleBaseline EOF )
            // InternalItup.g:347:1: ruleBaseline EOF
            {
             before(grammarAccess.getBaselineRule()); 
            pushFollow(FOLLOW_1);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getBaselineRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBaseline"


    // $ANTLR start "ruleBaseline"
    // InternalItup.g:354:1: ruleBaseline : ( ( rule__Baseline__Group__0 ) ) ;
    public final void ruleBaseline() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:358:2: ( ( ( rule__Baseline__Group__0 ) ) )
            // InternalItup.g:359:2: ( ( rule__Baseline__Group__0 ) )
            {
            // InternalItup.g:359:2: ( ( rule__Baseline__Group__0 ) )
            // InternalItup.g:360:3: ( rule__Baseline__Group__0 )
            {
             before(grammarAccess.getBaselineAccess().getGroup()); 
            // InternalItup.g:361:3: ( rule__Baseline__Group__0 )
            // InternalItup.g:361:4: rule__Baseline__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBaseline"


    // $ANTLR start "entryRuleSdgLink"
    // InternalItup.g:370:1: entryRuleSdgLink : ruleSdgLink EOF ;
    public final void entryRuleSdgLink() throws RecognitionException {
        try {
            // InternalItup.g:371:1: ( ruleSdgLink EOF )
            // InternalItup.g:372:1: ruleSdgLink EOF
            {
             before(grammarAccess.getSdgLinkRule()); 
            pushFollow(FOLLOW_1);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getSdgLinkRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSdgLink"


    // $ANTLR start "ruleSdgLink"
    // InternalItup.g:379:1: ruleSdgLink : ( ( rule__SdgLink__Group__0 ) ) ;
    public final void ruleSdgLink() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:383:2: ( ( ( rule__SdgLink__Group__0 ) ) )
            // InternalItup.g:384:2: ( ( rule__SdgLink__Group__0 ) )
            {
            // InternalItup.g:384:2: ( ( rule__SdgLink__Group__0 ) )
            // InternalItup.g:385:3: ( rule__SdgLink__Group__0 )
            {
             before(grammarAccess.getSdgLinkAccess().getGroup()); 
            // InternalItup.g:386:3: ( rule__SdgLink__Group__0 )
            // InternalItup.g:386:4: rule__SdgLink__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSdgLink"


    // $ANTLR start "entryRuleSector"
    // InternalItup.g:395:1: entryRuleSector : ruleSector EOF ;
    public final void entryRuleSector() throws RecognitionException {
        try {
            // InternalItup.g:396:1: ( ruleSector EOF )
            // InternalItup.g:397:1: ruleSector EOF
            {
             before(grammarAccess.getSectorRule()); 
            pushFollow(FOLLOW_1);
            ruleSector();

            state._fsp--;

             after(grammarAccess.getSectorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSector"


    // $ANTLR start "ruleSector"
    // InternalItup.g:404:1: ruleSector : ( ( rule__Sector__Group__0 ) ) ;
    public final void ruleSector() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:408:2: ( ( ( rule__Sector__Group__0 ) ) )
            // InternalItup.g:409:2: ( ( rule__Sector__Group__0 ) )
            {
            // InternalItup.g:409:2: ( ( rule__Sector__Group__0 ) )
            // InternalItup.g:410:3: ( rule__Sector__Group__0 )
            {
             before(grammarAccess.getSectorAccess().getGroup()); 
            // InternalItup.g:411:3: ( rule__Sector__Group__0 )
            // InternalItup.g:411:4: rule__Sector__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSector"


    // $ANTLR start "entryRuleBureau"
    // InternalItup.g:420:1: entryRuleBureau : ruleBureau EOF ;
    public final void entryRuleBureau() throws RecognitionException {
        try {
            // InternalItup.g:421:1: ( ruleBureau EOF )
            // InternalItup.g:422:1: ruleBureau EOF
            {
             before(grammarAccess.getBureauRule()); 
            pushFollow(FOLLOW_1);
            ruleBureau();

            state._fsp--;

             after(grammarAccess.getBureauRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleBureau"


    // $ANTLR start "ruleBureau"
    // InternalItup.g:429:1: ruleBureau : ( ( rule__Bureau__Group__0 ) ) ;
    public final void ruleBureau() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:433:2: ( ( ( rule__Bureau__Group__0 ) ) )
            // InternalItup.g:434:2: ( ( rule__Bureau__Group__0 ) )
            {
            // InternalItup.g:434:2: ( ( rule__Bureau__Group__0 ) )
            // InternalItup.g:435:3: ( rule__Bureau__Group__0 )
            {
             before(grammarAccess.getBureauAccess().getGroup()); 
            // InternalItup.g:436:3: ( rule__Bureau__Group__0 )
            // InternalItup.g:436:4: rule__Bureau__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getBureauAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleBureau"


    // $ANTLR start "entryRuleObjective"
    // InternalItup.g:445:1: entryRuleObjective : ruleObjective EOF ;
    public final void entryRuleObjective() throws RecognitionException {
        try {
            // InternalItup.g:446:1: ( ruleObjective EOF )
            // InternalItup.g:447:1: ruleObjective EOF
            {
             before(grammarAccess.getObjectiveRule()); 
            pushFollow(FOLLOW_1);
            ruleObjective();

            state._fsp--;

             after(grammarAccess.getObjectiveRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleObjective"


    // $ANTLR start "ruleObjective"
    // InternalItup.g:454:1: ruleObjective : ( ( rule__Objective__Group__0 ) ) ;
    public final void ruleObjective() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:458:2: ( ( ( rule__Objective__Group__0 ) ) )
            // InternalItup.g:459:2: ( ( rule__Objective__Group__0 ) )
            {
            // InternalItup.g:459:2: ( ( rule__Objective__Group__0 ) )
            // InternalItup.g:460:3: ( rule__Objective__Group__0 )
            {
             before(grammarAccess.getObjectiveAccess().getGroup()); 
            // InternalItup.g:461:3: ( rule__Objective__Group__0 )
            // InternalItup.g:461:4: rule__Objective__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleObjective"


    // $ANTLR start "entryRuleOutcome"
    // InternalItup.g:470:1: entryRuleOutcome : ruleOutcome EOF ;
    public final void entryRuleOutcome() throws RecognitionException {
        try {
            // InternalItup.g:471:1: ( ruleOutcome EOF )
            // InternalItup.g:472:1: ruleOutcome EOF
            {
             before(grammarAccess.getOutcomeRule()); 
            pushFollow(FOLLOW_1);
            ruleOutcome();

            state._fsp--;

             after(grammarAccess.getOutcomeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutcome"


    // $ANTLR start "ruleOutcome"
    // InternalItup.g:479:1: ruleOutcome : ( ( rule__Outcome__Group__0 ) ) ;
    public final void ruleOutcome() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:483:2: ( ( ( rule__Outcome__Group__0 ) ) )
            // InternalItup.g:484:2: ( ( rule__Outcome__Group__0 ) )
            {
            // InternalItup.g:484:2: ( ( rule__Outcome__Group__0 ) )
            // InternalItup.g:485:3: ( rule__Outcome__Group__0 )
            {
             before(grammarAccess.getOutcomeAccess().getGroup()); 
            // InternalItup.g:486:3: ( rule__Outcome__Group__0 )
            // InternalItup.g:486:4: rule__Outcome__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutcomeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutcome"


    // $ANTLR start "entryRuleOutput"
    // InternalItup.g:495:1: entryRuleOutput : ruleOutput EOF ;
    public final void entryRuleOutput() throws RecognitionException {
        try {
            // InternalItup.g:496:1: ( ruleOutput EOF )
            // InternalItup.g:497:1: ruleOutput EOF
            {
             before(grammarAccess.getOutputRule()); 
            pushFollow(FOLLOW_1);
            ruleOutput();

            state._fsp--;

             after(grammarAccess.getOutputRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleOutput"


    // $ANTLR start "ruleOutput"
    // InternalItup.g:504:1: ruleOutput : ( ( rule__Output__Group__0 ) ) ;
    public final void ruleOutput() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:508:2: ( ( ( rule__Output__Group__0 ) ) )
            // InternalItup.g:509:2: ( ( rule__Output__Group__0 ) )
            {
            // InternalItup.g:509:2: ( ( rule__Output__Group__0 ) )
            // InternalItup.g:510:3: ( rule__Output__Group__0 )
            {
             before(grammarAccess.getOutputAccess().getGroup()); 
            // InternalItup.g:511:3: ( rule__Output__Group__0 )
            // InternalItup.g:511:4: rule__Output__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getOutputAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleOutput"


    // $ANTLR start "entryRulePerformanceIndicator"
    // InternalItup.g:520:1: entryRulePerformanceIndicator : rulePerformanceIndicator EOF ;
    public final void entryRulePerformanceIndicator() throws RecognitionException {
        try {
            // InternalItup.g:521:1: ( rulePerformanceIndicator EOF )
            // InternalItup.g:522:1: rulePerformanceIndicator EOF
            {
             before(grammarAccess.getPerformanceIndicatorRule()); 
            pushFollow(FOLLOW_1);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRulePerformanceIndicator"


    // $ANTLR start "rulePerformanceIndicator"
    // InternalItup.g:529:1: rulePerformanceIndicator : ( ( rule__PerformanceIndicator__Group__0 ) ) ;
    public final void rulePerformanceIndicator() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:533:2: ( ( ( rule__PerformanceIndicator__Group__0 ) ) )
            // InternalItup.g:534:2: ( ( rule__PerformanceIndicator__Group__0 ) )
            {
            // InternalItup.g:534:2: ( ( rule__PerformanceIndicator__Group__0 ) )
            // InternalItup.g:535:3: ( rule__PerformanceIndicator__Group__0 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getGroup()); 
            // InternalItup.g:536:3: ( rule__PerformanceIndicator__Group__0 )
            // InternalItup.g:536:4: rule__PerformanceIndicator__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rulePerformanceIndicator"


    // $ANTLR start "entryRuleEnabler"
    // InternalItup.g:545:1: entryRuleEnabler : ruleEnabler EOF ;
    public final void entryRuleEnabler() throws RecognitionException {
        try {
            // InternalItup.g:546:1: ( ruleEnabler EOF )
            // InternalItup.g:547:1: ruleEnabler EOF
            {
             before(grammarAccess.getEnablerRule()); 
            pushFollow(FOLLOW_1);
            ruleEnabler();

            state._fsp--;

             after(grammarAccess.getEnablerRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleEnabler"


    // $ANTLR start "ruleEnabler"
    // InternalItup.g:554:1: ruleEnabler : ( ( rule__Enabler__Group__0 ) ) ;
    public final void ruleEnabler() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:558:2: ( ( ( rule__Enabler__Group__0 ) ) )
            // InternalItup.g:559:2: ( ( rule__Enabler__Group__0 ) )
            {
            // InternalItup.g:559:2: ( ( rule__Enabler__Group__0 ) )
            // InternalItup.g:560:3: ( rule__Enabler__Group__0 )
            {
             before(grammarAccess.getEnablerAccess().getGroup()); 
            // InternalItup.g:561:3: ( rule__Enabler__Group__0 )
            // InternalItup.g:561:4: rule__Enabler__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleEnabler"


    // $ANTLR start "entryRuleStrategicRisk"
    // InternalItup.g:570:1: entryRuleStrategicRisk : ruleStrategicRisk EOF ;
    public final void entryRuleStrategicRisk() throws RecognitionException {
        try {
            // InternalItup.g:571:1: ( ruleStrategicRisk EOF )
            // InternalItup.g:572:1: ruleStrategicRisk EOF
            {
             before(grammarAccess.getStrategicRiskRule()); 
            pushFollow(FOLLOW_1);
            ruleStrategicRisk();

            state._fsp--;

             after(grammarAccess.getStrategicRiskRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleStrategicRisk"


    // $ANTLR start "ruleStrategicRisk"
    // InternalItup.g:579:1: ruleStrategicRisk : ( ( rule__StrategicRisk__Group__0 ) ) ;
    public final void ruleStrategicRisk() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:583:2: ( ( ( rule__StrategicRisk__Group__0 ) ) )
            // InternalItup.g:584:2: ( ( rule__StrategicRisk__Group__0 ) )
            {
            // InternalItup.g:584:2: ( ( rule__StrategicRisk__Group__0 ) )
            // InternalItup.g:585:3: ( rule__StrategicRisk__Group__0 )
            {
             before(grammarAccess.getStrategicRiskAccess().getGroup()); 
            // InternalItup.g:586:3: ( rule__StrategicRisk__Group__0 )
            // InternalItup.g:586:4: rule__StrategicRisk__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleStrategicRisk"


    // $ANTLR start "entryRuleMitigation"
    // InternalItup.g:595:1: entryRuleMitigation : ruleMitigation EOF ;
    public final void entryRuleMitigation() throws RecognitionException {
        try {
            // InternalItup.g:596:1: ( ruleMitigation EOF )
            // InternalItup.g:597:1: ruleMitigation EOF
            {
             before(grammarAccess.getMitigationRule()); 
            pushFollow(FOLLOW_1);
            ruleMitigation();

            state._fsp--;

             after(grammarAccess.getMitigationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleMitigation"


    // $ANTLR start "ruleMitigation"
    // InternalItup.g:604:1: ruleMitigation : ( ( rule__Mitigation__Group__0 ) ) ;
    public final void ruleMitigation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:608:2: ( ( ( rule__Mitigation__Group__0 ) ) )
            // InternalItup.g:609:2: ( ( rule__Mitigation__Group__0 ) )
            {
            // InternalItup.g:609:2: ( ( rule__Mitigation__Group__0 ) )
            // InternalItup.g:610:3: ( rule__Mitigation__Group__0 )
            {
             before(grammarAccess.getMitigationAccess().getGroup()); 
            // InternalItup.g:611:3: ( rule__Mitigation__Group__0 )
            // InternalItup.g:611:4: rule__Mitigation__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getMitigationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMitigation"


    // $ANTLR start "entryRuleSwotItem"
    // InternalItup.g:620:1: entryRuleSwotItem : ruleSwotItem EOF ;
    public final void entryRuleSwotItem() throws RecognitionException {
        try {
            // InternalItup.g:621:1: ( ruleSwotItem EOF )
            // InternalItup.g:622:1: ruleSwotItem EOF
            {
             before(grammarAccess.getSwotItemRule()); 
            pushFollow(FOLLOW_1);
            ruleSwotItem();

            state._fsp--;

             after(grammarAccess.getSwotItemRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleSwotItem"


    // $ANTLR start "ruleSwotItem"
    // InternalItup.g:629:1: ruleSwotItem : ( ( rule__SwotItem__Group__0 ) ) ;
    public final void ruleSwotItem() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:633:2: ( ( ( rule__SwotItem__Group__0 ) ) )
            // InternalItup.g:634:2: ( ( rule__SwotItem__Group__0 ) )
            {
            // InternalItup.g:634:2: ( ( rule__SwotItem__Group__0 ) )
            // InternalItup.g:635:3: ( rule__SwotItem__Group__0 )
            {
             before(grammarAccess.getSwotItemAccess().getGroup()); 
            // InternalItup.g:636:3: ( rule__SwotItem__Group__0 )
            // InternalItup.g:636:4: rule__SwotItem__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSwotItem"


    // $ANTLR start "entryRuleImplementationCriterion"
    // InternalItup.g:645:1: entryRuleImplementationCriterion : ruleImplementationCriterion EOF ;
    public final void entryRuleImplementationCriterion() throws RecognitionException {
        try {
            // InternalItup.g:646:1: ( ruleImplementationCriterion EOF )
            // InternalItup.g:647:1: ruleImplementationCriterion EOF
            {
             before(grammarAccess.getImplementationCriterionRule()); 
            pushFollow(FOLLOW_1);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getImplementationCriterionRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleImplementationCriterion"


    // $ANTLR start "ruleImplementationCriterion"
    // InternalItup.g:654:1: ruleImplementationCriterion : ( ( rule__ImplementationCriterion__Group__0 ) ) ;
    public final void ruleImplementationCriterion() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:658:2: ( ( ( rule__ImplementationCriterion__Group__0 ) ) )
            // InternalItup.g:659:2: ( ( rule__ImplementationCriterion__Group__0 ) )
            {
            // InternalItup.g:659:2: ( ( rule__ImplementationCriterion__Group__0 ) )
            // InternalItup.g:660:3: ( rule__ImplementationCriterion__Group__0 )
            {
             before(grammarAccess.getImplementationCriterionAccess().getGroup()); 
            // InternalItup.g:661:3: ( rule__ImplementationCriterion__Group__0 )
            // InternalItup.g:661:4: rule__ImplementationCriterion__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getImplementationCriterionAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleImplementationCriterion"


    // $ANTLR start "entryRuleGlossaryTerm"
    // InternalItup.g:670:1: entryRuleGlossaryTerm : ruleGlossaryTerm EOF ;
    public final void entryRuleGlossaryTerm() throws RecognitionException {
        try {
            // InternalItup.g:671:1: ( ruleGlossaryTerm EOF )
            // InternalItup.g:672:1: ruleGlossaryTerm EOF
            {
             before(grammarAccess.getGlossaryTermRule()); 
            pushFollow(FOLLOW_1);
            ruleGlossaryTerm();

            state._fsp--;

             after(grammarAccess.getGlossaryTermRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleGlossaryTerm"


    // $ANTLR start "ruleGlossaryTerm"
    // InternalItup.g:679:1: ruleGlossaryTerm : ( ( rule__GlossaryTerm__Group__0 ) ) ;
    public final void ruleGlossaryTerm() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:683:2: ( ( ( rule__GlossaryTerm__Group__0 ) ) )
            // InternalItup.g:684:2: ( ( rule__GlossaryTerm__Group__0 ) )
            {
            // InternalItup.g:684:2: ( ( rule__GlossaryTerm__Group__0 ) )
            // InternalItup.g:685:3: ( rule__GlossaryTerm__Group__0 )
            {
             before(grammarAccess.getGlossaryTermAccess().getGroup()); 
            // InternalItup.g:686:3: ( rule__GlossaryTerm__Group__0 )
            // InternalItup.g:686:4: rule__GlossaryTerm__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleGlossaryTerm"


    // $ANTLR start "entryRuleTranslation"
    // InternalItup.g:695:1: entryRuleTranslation : ruleTranslation EOF ;
    public final void entryRuleTranslation() throws RecognitionException {
        try {
            // InternalItup.g:696:1: ( ruleTranslation EOF )
            // InternalItup.g:697:1: ruleTranslation EOF
            {
             before(grammarAccess.getTranslationRule()); 
            pushFollow(FOLLOW_1);
            ruleTranslation();

            state._fsp--;

             after(grammarAccess.getTranslationRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleTranslation"


    // $ANTLR start "ruleTranslation"
    // InternalItup.g:704:1: ruleTranslation : ( ( rule__Translation__Group__0 ) ) ;
    public final void ruleTranslation() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:708:2: ( ( ( rule__Translation__Group__0 ) ) )
            // InternalItup.g:709:2: ( ( rule__Translation__Group__0 ) )
            {
            // InternalItup.g:709:2: ( ( rule__Translation__Group__0 ) )
            // InternalItup.g:710:3: ( rule__Translation__Group__0 )
            {
             before(grammarAccess.getTranslationAccess().getGroup()); 
            // InternalItup.g:711:3: ( rule__Translation__Group__0 )
            // InternalItup.g:711:4: rule__Translation__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleTranslation"


    // $ANTLR start "entryRuleCode"
    // InternalItup.g:720:1: entryRuleCode : ruleCode EOF ;
    public final void entryRuleCode() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:724:1: ( ruleCode EOF )
            // InternalItup.g:725:1: ruleCode EOF
            {
             before(grammarAccess.getCodeRule()); 
            pushFollow(FOLLOW_1);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getCodeRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleCode"


    // $ANTLR start "ruleCode"
    // InternalItup.g:735:1: ruleCode : ( ( rule__Code__Group__0 ) ) ;
    public final void ruleCode() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:740:2: ( ( ( rule__Code__Group__0 ) ) )
            // InternalItup.g:741:2: ( ( rule__Code__Group__0 ) )
            {
            // InternalItup.g:741:2: ( ( rule__Code__Group__0 ) )
            // InternalItup.g:742:3: ( rule__Code__Group__0 )
            {
             before(grammarAccess.getCodeAccess().getGroup()); 
            // InternalItup.g:743:3: ( rule__Code__Group__0 )
            // InternalItup.g:743:4: rule__Code__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getCodeAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleCode"


    // $ANTLR start "entryRuleCodeSegment"
    // InternalItup.g:753:1: entryRuleCodeSegment : ruleCodeSegment EOF ;
    public final void entryRuleCodeSegment() throws RecognitionException {
        try {
            // InternalItup.g:754:1: ( ruleCodeSegment EOF )
            // InternalItup.g:755:1: ruleCodeSegment EOF
            {
             before(grammarAccess.getCodeSegmentRule()); 
            pushFollow(FOLLOW_1);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeSegmentRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleCodeSegment"


    // $ANTLR start "ruleCodeSegment"
    // InternalItup.g:762:1: ruleCodeSegment : ( ( rule__CodeSegment__Alternatives ) ) ;
    public final void ruleCodeSegment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:766:2: ( ( ( rule__CodeSegment__Alternatives ) ) )
            // InternalItup.g:767:2: ( ( rule__CodeSegment__Alternatives ) )
            {
            // InternalItup.g:767:2: ( ( rule__CodeSegment__Alternatives ) )
            // InternalItup.g:768:3: ( rule__CodeSegment__Alternatives )
            {
             before(grammarAccess.getCodeSegmentAccess().getAlternatives()); 
            // InternalItup.g:769:3: ( rule__CodeSegment__Alternatives )
            // InternalItup.g:769:4: rule__CodeSegment__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__CodeSegment__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getCodeSegmentAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleCodeSegment"


    // $ANTLR start "entryRulePlanName"
    // InternalItup.g:778:1: entryRulePlanName : rulePlanName EOF ;
    public final void entryRulePlanName() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:782:1: ( rulePlanName EOF )
            // InternalItup.g:783:1: rulePlanName EOF
            {
             before(grammarAccess.getPlanNameRule()); 
            pushFollow(FOLLOW_1);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getPlanNameRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRulePlanName"


    // $ANTLR start "rulePlanName"
    // InternalItup.g:793:1: rulePlanName : ( ( rule__PlanName__Group__0 ) ) ;
    public final void rulePlanName() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:798:2: ( ( ( rule__PlanName__Group__0 ) ) )
            // InternalItup.g:799:2: ( ( rule__PlanName__Group__0 ) )
            {
            // InternalItup.g:799:2: ( ( rule__PlanName__Group__0 ) )
            // InternalItup.g:800:3: ( rule__PlanName__Group__0 )
            {
             before(grammarAccess.getPlanNameAccess().getGroup()); 
            // InternalItup.g:801:3: ( rule__PlanName__Group__0 )
            // InternalItup.g:801:4: rule__PlanName__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getPlanNameAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "rulePlanName"


    // $ANTLR start "entryRuleYear"
    // InternalItup.g:811:1: entryRuleYear : ruleYear EOF ;
    public final void entryRuleYear() throws RecognitionException {
        try {
            // InternalItup.g:812:1: ( ruleYear EOF )
            // InternalItup.g:813:1: ruleYear EOF
            {
             before(grammarAccess.getYearRule()); 
            pushFollow(FOLLOW_1);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getYearRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {
        }
        return ;
    }
    // $ANTLR end "entryRuleYear"


    // $ANTLR start "ruleYear"
    // InternalItup.g:820:1: ruleYear : ( RULE_INT ) ;
    public final void ruleYear() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:824:2: ( ( RULE_INT ) )
            // InternalItup.g:825:2: ( RULE_INT )
            {
            // InternalItup.g:825:2: ( RULE_INT )
            // InternalItup.g:826:3: RULE_INT
            {
             before(grammarAccess.getYearAccess().getINTTerminalRuleCall()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getYearAccess().getINTTerminalRuleCall()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleYear"


    // $ANTLR start "entryRuleDecimal"
    // InternalItup.g:836:1: entryRuleDecimal : ruleDecimal EOF ;
    public final void entryRuleDecimal() throws RecognitionException {
         
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalItup.g:840:1: ( ruleDecimal EOF )
            // InternalItup.g:841:1: ruleDecimal EOF
            {
             before(grammarAccess.getDecimalRule()); 
            pushFollow(FOLLOW_1);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getDecimalRule()); 
            match(input,EOF,FOLLOW_2); 

            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "entryRuleDecimal"


    // $ANTLR start "ruleDecimal"
    // InternalItup.g:851:1: ruleDecimal : ( ( rule__Decimal__Group__0 ) ) ;
    public final void ruleDecimal() throws RecognitionException {

        		HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();
        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:856:2: ( ( ( rule__Decimal__Group__0 ) ) )
            // InternalItup.g:857:2: ( ( rule__Decimal__Group__0 ) )
            {
            // InternalItup.g:857:2: ( ( rule__Decimal__Group__0 ) )
            // InternalItup.g:858:3: ( rule__Decimal__Group__0 )
            {
             before(grammarAccess.getDecimalAccess().getGroup()); 
            // InternalItup.g:859:3: ( rule__Decimal__Group__0 )
            // InternalItup.g:859:4: rule__Decimal__Group__0
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__0();

            state._fsp--;


            }

             after(grammarAccess.getDecimalAccess().getGroup()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);
            	myHiddenTokenState.restore();

        }
        return ;
    }
    // $ANTLR end "ruleDecimal"


    // $ANTLR start "ruleMeasuredTargetKind"
    // InternalItup.g:869:1: ruleMeasuredTargetKind : ( ( rule__MeasuredTargetKind__Alternatives ) ) ;
    public final void ruleMeasuredTargetKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:873:1: ( ( ( rule__MeasuredTargetKind__Alternatives ) ) )
            // InternalItup.g:874:2: ( ( rule__MeasuredTargetKind__Alternatives ) )
            {
            // InternalItup.g:874:2: ( ( rule__MeasuredTargetKind__Alternatives ) )
            // InternalItup.g:875:3: ( rule__MeasuredTargetKind__Alternatives )
            {
             before(grammarAccess.getMeasuredTargetKindAccess().getAlternatives()); 
            // InternalItup.g:876:3: ( rule__MeasuredTargetKind__Alternatives )
            // InternalItup.g:876:4: rule__MeasuredTargetKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__MeasuredTargetKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getMeasuredTargetKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleMeasuredTargetKind"


    // $ANTLR start "ruleQualitativeTargetKind"
    // InternalItup.g:885:1: ruleQualitativeTargetKind : ( ( 'qualitative' ) ) ;
    public final void ruleQualitativeTargetKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:889:1: ( ( ( 'qualitative' ) ) )
            // InternalItup.g:890:2: ( ( 'qualitative' ) )
            {
            // InternalItup.g:890:2: ( ( 'qualitative' ) )
            // InternalItup.g:891:3: ( 'qualitative' )
            {
             before(grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration()); 
            // InternalItup.g:892:3: ( 'qualitative' )
            // InternalItup.g:892:4: 'qualitative'
            {
            match(input,11,FOLLOW_2); 

            }

             after(grammarAccess.getQualitativeTargetKindAccess().getQUALITATIVEEnumLiteralDeclaration()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleQualitativeTargetKind"


    // $ANTLR start "ruleSectorKind"
    // InternalItup.g:901:1: ruleSectorKind : ( ( rule__SectorKind__Alternatives ) ) ;
    public final void ruleSectorKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:905:1: ( ( ( rule__SectorKind__Alternatives ) ) )
            // InternalItup.g:906:2: ( ( rule__SectorKind__Alternatives ) )
            {
            // InternalItup.g:906:2: ( ( rule__SectorKind__Alternatives ) )
            // InternalItup.g:907:3: ( rule__SectorKind__Alternatives )
            {
             before(grammarAccess.getSectorKindAccess().getAlternatives()); 
            // InternalItup.g:908:3: ( rule__SectorKind__Alternatives )
            // InternalItup.g:908:4: rule__SectorKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SectorKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSectorKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSectorKind"


    // $ANTLR start "ruleIndicatorDirection"
    // InternalItup.g:917:1: ruleIndicatorDirection : ( ( rule__IndicatorDirection__Alternatives ) ) ;
    public final void ruleIndicatorDirection() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:921:1: ( ( ( rule__IndicatorDirection__Alternatives ) ) )
            // InternalItup.g:922:2: ( ( rule__IndicatorDirection__Alternatives ) )
            {
            // InternalItup.g:922:2: ( ( rule__IndicatorDirection__Alternatives ) )
            // InternalItup.g:923:3: ( rule__IndicatorDirection__Alternatives )
            {
             before(grammarAccess.getIndicatorDirectionAccess().getAlternatives()); 
            // InternalItup.g:924:3: ( rule__IndicatorDirection__Alternatives )
            // InternalItup.g:924:4: rule__IndicatorDirection__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__IndicatorDirection__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getIndicatorDirectionAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleIndicatorDirection"


    // $ANTLR start "ruleRiskTreatment"
    // InternalItup.g:933:1: ruleRiskTreatment : ( ( rule__RiskTreatment__Alternatives ) ) ;
    public final void ruleRiskTreatment() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:937:1: ( ( ( rule__RiskTreatment__Alternatives ) ) )
            // InternalItup.g:938:2: ( ( rule__RiskTreatment__Alternatives ) )
            {
            // InternalItup.g:938:2: ( ( rule__RiskTreatment__Alternatives ) )
            // InternalItup.g:939:3: ( rule__RiskTreatment__Alternatives )
            {
             before(grammarAccess.getRiskTreatmentAccess().getAlternatives()); 
            // InternalItup.g:940:3: ( rule__RiskTreatment__Alternatives )
            // InternalItup.g:940:4: rule__RiskTreatment__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__RiskTreatment__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getRiskTreatmentAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleRiskTreatment"


    // $ANTLR start "ruleSwotKind"
    // InternalItup.g:949:1: ruleSwotKind : ( ( rule__SwotKind__Alternatives ) ) ;
    public final void ruleSwotKind() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:953:1: ( ( ( rule__SwotKind__Alternatives ) ) )
            // InternalItup.g:954:2: ( ( rule__SwotKind__Alternatives ) )
            {
            // InternalItup.g:954:2: ( ( rule__SwotKind__Alternatives ) )
            // InternalItup.g:955:3: ( rule__SwotKind__Alternatives )
            {
             before(grammarAccess.getSwotKindAccess().getAlternatives()); 
            // InternalItup.g:956:3: ( rule__SwotKind__Alternatives )
            // InternalItup.g:956:4: rule__SwotKind__Alternatives
            {
            pushFollow(FOLLOW_2);
            rule__SwotKind__Alternatives();

            state._fsp--;


            }

             after(grammarAccess.getSwotKindAccess().getAlternatives()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "ruleSwotKind"


    // $ANTLR start "rule__PlanFile__Alternatives"
    // InternalItup.g:964:1: rule__PlanFile__Alternatives : ( ( rulePlan ) | ( ruleOperationalPlan ) );
    public final void rule__PlanFile__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:968:1: ( ( rulePlan ) | ( ruleOperationalPlan ) )
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==12) ) {
                alt1=1;
            }
            else if ( (LA1_0==47) ) {
                alt1=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 1, 0, input);

                throw nvae;
            }
            switch (alt1) {
                case 1 :
                    // InternalItup.g:969:2: ( rulePlan )
                    {
                    // InternalItup.g:969:2: ( rulePlan )
                    // InternalItup.g:970:3: rulePlan
                    {
                     before(grammarAccess.getPlanFileAccess().getPlanParserRuleCall_0()); 
                    pushFollow(FOLLOW_2);
                    rulePlan();

                    state._fsp--;

                     after(grammarAccess.getPlanFileAccess().getPlanParserRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:975:2: ( ruleOperationalPlan )
                    {
                    // InternalItup.g:975:2: ( ruleOperationalPlan )
                    // InternalItup.g:976:3: ruleOperationalPlan
                    {
                     before(grammarAccess.getPlanFileAccess().getOperationalPlanParserRuleCall_1()); 
                    pushFollow(FOLLOW_2);
                    ruleOperationalPlan();

                    state._fsp--;

                     after(grammarAccess.getPlanFileAccess().getOperationalPlanParserRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanFile__Alternatives"


    // $ANTLR start "rule__Plan__Alternatives_9"
    // InternalItup.g:985:1: rule__Plan__Alternatives_9 : ( ( ( rule__Plan__ValuesAssignment_9_0 ) ) | ( ( rule__Plan__GoalsAssignment_9_1 ) ) | ( ( rule__Plan__SectorsAssignment_9_2 ) ) | ( ( rule__Plan__RisksAssignment_9_3 ) ) | ( ( rule__Plan__Group_9_4__0 ) ) | ( ( rule__Plan__Group_9_5__0 ) ) | ( ( rule__Plan__Group_9_6__0 ) ) | ( ( rule__Plan__CriteriaAssignment_9_7 ) ) | ( ( rule__Plan__GlossaryAssignment_9_8 ) ) );
    public final void rule__Plan__Alternatives_9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:989:1: ( ( ( rule__Plan__ValuesAssignment_9_0 ) ) | ( ( rule__Plan__GoalsAssignment_9_1 ) ) | ( ( rule__Plan__SectorsAssignment_9_2 ) ) | ( ( rule__Plan__RisksAssignment_9_3 ) ) | ( ( rule__Plan__Group_9_4__0 ) ) | ( ( rule__Plan__Group_9_5__0 ) ) | ( ( rule__Plan__Group_9_6__0 ) ) | ( ( rule__Plan__CriteriaAssignment_9_7 ) ) | ( ( rule__Plan__GlossaryAssignment_9_8 ) ) )
            int alt2=9;
            switch ( input.LA(1) ) {
            case 58:
                {
                alt2=1;
                }
                break;
            case 13:
                {
                alt2=2;
                }
                break;
            case 20:
            case 21:
            case 22:
                {
                alt2=3;
                }
                break;
            case 77:
                {
                alt2=4;
                }
                break;
            case 40:
                {
                alt2=5;
                }
                break;
            case 43:
                {
                alt2=6;
                }
                break;
            case 45:
                {
                alt2=7;
                }
                break;
            case 80:
                {
                alt2=8;
                }
                break;
            case 81:
                {
                alt2=9;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 2, 0, input);

                throw nvae;
            }

            switch (alt2) {
                case 1 :
                    // InternalItup.g:990:2: ( ( rule__Plan__ValuesAssignment_9_0 ) )
                    {
                    // InternalItup.g:990:2: ( ( rule__Plan__ValuesAssignment_9_0 ) )
                    // InternalItup.g:991:3: ( rule__Plan__ValuesAssignment_9_0 )
                    {
                     before(grammarAccess.getPlanAccess().getValuesAssignment_9_0()); 
                    // InternalItup.g:992:3: ( rule__Plan__ValuesAssignment_9_0 )
                    // InternalItup.g:992:4: rule__Plan__ValuesAssignment_9_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__ValuesAssignment_9_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getValuesAssignment_9_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:996:2: ( ( rule__Plan__GoalsAssignment_9_1 ) )
                    {
                    // InternalItup.g:996:2: ( ( rule__Plan__GoalsAssignment_9_1 ) )
                    // InternalItup.g:997:3: ( rule__Plan__GoalsAssignment_9_1 )
                    {
                     before(grammarAccess.getPlanAccess().getGoalsAssignment_9_1()); 
                    // InternalItup.g:998:3: ( rule__Plan__GoalsAssignment_9_1 )
                    // InternalItup.g:998:4: rule__Plan__GoalsAssignment_9_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__GoalsAssignment_9_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGoalsAssignment_9_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1002:2: ( ( rule__Plan__SectorsAssignment_9_2 ) )
                    {
                    // InternalItup.g:1002:2: ( ( rule__Plan__SectorsAssignment_9_2 ) )
                    // InternalItup.g:1003:3: ( rule__Plan__SectorsAssignment_9_2 )
                    {
                     before(grammarAccess.getPlanAccess().getSectorsAssignment_9_2()); 
                    // InternalItup.g:1004:3: ( rule__Plan__SectorsAssignment_9_2 )
                    // InternalItup.g:1004:4: rule__Plan__SectorsAssignment_9_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__SectorsAssignment_9_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getSectorsAssignment_9_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1008:2: ( ( rule__Plan__RisksAssignment_9_3 ) )
                    {
                    // InternalItup.g:1008:2: ( ( rule__Plan__RisksAssignment_9_3 ) )
                    // InternalItup.g:1009:3: ( rule__Plan__RisksAssignment_9_3 )
                    {
                     before(grammarAccess.getPlanAccess().getRisksAssignment_9_3()); 
                    // InternalItup.g:1010:3: ( rule__Plan__RisksAssignment_9_3 )
                    // InternalItup.g:1010:4: rule__Plan__RisksAssignment_9_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__RisksAssignment_9_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getRisksAssignment_9_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:1014:2: ( ( rule__Plan__Group_9_4__0 ) )
                    {
                    // InternalItup.g:1014:2: ( ( rule__Plan__Group_9_4__0 ) )
                    // InternalItup.g:1015:3: ( rule__Plan__Group_9_4__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_4()); 
                    // InternalItup.g:1016:3: ( rule__Plan__Group_9_4__0 )
                    // InternalItup.g:1016:4: rule__Plan__Group_9_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_4__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_4()); 

                    }


                    }
                    break;
                case 6 :
                    // InternalItup.g:1020:2: ( ( rule__Plan__Group_9_5__0 ) )
                    {
                    // InternalItup.g:1020:2: ( ( rule__Plan__Group_9_5__0 ) )
                    // InternalItup.g:1021:3: ( rule__Plan__Group_9_5__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_5()); 
                    // InternalItup.g:1022:3: ( rule__Plan__Group_9_5__0 )
                    // InternalItup.g:1022:4: rule__Plan__Group_9_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_5__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_5()); 

                    }


                    }
                    break;
                case 7 :
                    // InternalItup.g:1026:2: ( ( rule__Plan__Group_9_6__0 ) )
                    {
                    // InternalItup.g:1026:2: ( ( rule__Plan__Group_9_6__0 ) )
                    // InternalItup.g:1027:3: ( rule__Plan__Group_9_6__0 )
                    {
                     before(grammarAccess.getPlanAccess().getGroup_9_6()); 
                    // InternalItup.g:1028:3: ( rule__Plan__Group_9_6__0 )
                    // InternalItup.g:1028:4: rule__Plan__Group_9_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_9_6__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGroup_9_6()); 

                    }


                    }
                    break;
                case 8 :
                    // InternalItup.g:1032:2: ( ( rule__Plan__CriteriaAssignment_9_7 ) )
                    {
                    // InternalItup.g:1032:2: ( ( rule__Plan__CriteriaAssignment_9_7 ) )
                    // InternalItup.g:1033:3: ( rule__Plan__CriteriaAssignment_9_7 )
                    {
                     before(grammarAccess.getPlanAccess().getCriteriaAssignment_9_7()); 
                    // InternalItup.g:1034:3: ( rule__Plan__CriteriaAssignment_9_7 )
                    // InternalItup.g:1034:4: rule__Plan__CriteriaAssignment_9_7
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__CriteriaAssignment_9_7();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getCriteriaAssignment_9_7()); 

                    }


                    }
                    break;
                case 9 :
                    // InternalItup.g:1038:2: ( ( rule__Plan__GlossaryAssignment_9_8 ) )
                    {
                    // InternalItup.g:1038:2: ( ( rule__Plan__GlossaryAssignment_9_8 ) )
                    // InternalItup.g:1039:3: ( rule__Plan__GlossaryAssignment_9_8 )
                    {
                     before(grammarAccess.getPlanAccess().getGlossaryAssignment_9_8()); 
                    // InternalItup.g:1040:3: ( rule__Plan__GlossaryAssignment_9_8 )
                    // InternalItup.g:1040:4: rule__Plan__GlossaryAssignment_9_8
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__GlossaryAssignment_9_8();

                    state._fsp--;


                    }

                     after(grammarAccess.getPlanAccess().getGlossaryAssignment_9_8()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Alternatives_9"


    // $ANTLR start "rule__OutputWork__Alternatives_1"
    // InternalItup.g:1048:1: rule__OutputWork__Alternatives_1 : ( ( ( rule__OutputWork__Group_1_0__0 ) ) | ( ( rule__OutputWork__IndicatorsAssignment_1_1 ) ) | ( ( rule__OutputWork__Group_1_2__0 ) ) | ( ( rule__OutputWork__TimelineAssignment_1_3 ) ) );
    public final void rule__OutputWork__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1052:1: ( ( ( rule__OutputWork__Group_1_0__0 ) ) | ( ( rule__OutputWork__IndicatorsAssignment_1_1 ) ) | ( ( rule__OutputWork__Group_1_2__0 ) ) | ( ( rule__OutputWork__TimelineAssignment_1_3 ) ) )
            int alt3=4;
            switch ( input.LA(1) ) {
            case 55:
                {
                alt3=1;
                }
                break;
            case 70:
                {
                alt3=2;
                }
                break;
            case 56:
                {
                alt3=3;
                }
                break;
            case 12:
            case 83:
                {
                alt3=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 3, 0, input);

                throw nvae;
            }

            switch (alt3) {
                case 1 :
                    // InternalItup.g:1053:2: ( ( rule__OutputWork__Group_1_0__0 ) )
                    {
                    // InternalItup.g:1053:2: ( ( rule__OutputWork__Group_1_0__0 ) )
                    // InternalItup.g:1054:3: ( rule__OutputWork__Group_1_0__0 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getGroup_1_0()); 
                    // InternalItup.g:1055:3: ( rule__OutputWork__Group_1_0__0 )
                    // InternalItup.g:1055:4: rule__OutputWork__Group_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__Group_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getGroup_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1059:2: ( ( rule__OutputWork__IndicatorsAssignment_1_1 ) )
                    {
                    // InternalItup.g:1059:2: ( ( rule__OutputWork__IndicatorsAssignment_1_1 ) )
                    // InternalItup.g:1060:3: ( rule__OutputWork__IndicatorsAssignment_1_1 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getIndicatorsAssignment_1_1()); 
                    // InternalItup.g:1061:3: ( rule__OutputWork__IndicatorsAssignment_1_1 )
                    // InternalItup.g:1061:4: rule__OutputWork__IndicatorsAssignment_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__IndicatorsAssignment_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getIndicatorsAssignment_1_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1065:2: ( ( rule__OutputWork__Group_1_2__0 ) )
                    {
                    // InternalItup.g:1065:2: ( ( rule__OutputWork__Group_1_2__0 ) )
                    // InternalItup.g:1066:3: ( rule__OutputWork__Group_1_2__0 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getGroup_1_2()); 
                    // InternalItup.g:1067:3: ( rule__OutputWork__Group_1_2__0 )
                    // InternalItup.g:1067:4: rule__OutputWork__Group_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__Group_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getGroup_1_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1071:2: ( ( rule__OutputWork__TimelineAssignment_1_3 ) )
                    {
                    // InternalItup.g:1071:2: ( ( rule__OutputWork__TimelineAssignment_1_3 ) )
                    // InternalItup.g:1072:3: ( rule__OutputWork__TimelineAssignment_1_3 )
                    {
                     before(grammarAccess.getOutputWorkAccess().getTimelineAssignment_1_3()); 
                    // InternalItup.g:1073:3: ( rule__OutputWork__TimelineAssignment_1_3 )
                    // InternalItup.g:1073:4: rule__OutputWork__TimelineAssignment_1_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__TimelineAssignment_1_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getOutputWorkAccess().getTimelineAssignment_1_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Alternatives_1"


    // $ANTLR start "rule__Milestone__Alternatives_0"
    // InternalItup.g:1081:1: rule__Milestone__Alternatives_0 : ( ( 'plan' ) | ( ( rule__Milestone__ForecastAssignment_0_1 ) ) );
    public final void rule__Milestone__Alternatives_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1085:1: ( ( 'plan' ) | ( ( rule__Milestone__ForecastAssignment_0_1 ) ) )
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==12) ) {
                alt4=1;
            }
            else if ( (LA4_0==83) ) {
                alt4=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 4, 0, input);

                throw nvae;
            }
            switch (alt4) {
                case 1 :
                    // InternalItup.g:1086:2: ( 'plan' )
                    {
                    // InternalItup.g:1086:2: ( 'plan' )
                    // InternalItup.g:1087:3: 'plan'
                    {
                     before(grammarAccess.getMilestoneAccess().getPlanKeyword_0_0()); 
                    match(input,12,FOLLOW_2); 
                     after(grammarAccess.getMilestoneAccess().getPlanKeyword_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1092:2: ( ( rule__Milestone__ForecastAssignment_0_1 ) )
                    {
                    // InternalItup.g:1092:2: ( ( rule__Milestone__ForecastAssignment_0_1 ) )
                    // InternalItup.g:1093:3: ( rule__Milestone__ForecastAssignment_0_1 )
                    {
                     before(grammarAccess.getMilestoneAccess().getForecastAssignment_0_1()); 
                    // InternalItup.g:1094:3: ( rule__Milestone__ForecastAssignment_0_1 )
                    // InternalItup.g:1094:4: rule__Milestone__ForecastAssignment_0_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Milestone__ForecastAssignment_0_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getMilestoneAccess().getForecastAssignment_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Alternatives_0"


    // $ANTLR start "rule__Goal__Alternatives_6"
    // InternalItup.g:1102:1: rule__Goal__Alternatives_6 : ( ( ( rule__Goal__TargetsAssignment_6_0 ) ) | ( ( rule__Goal__Group_6_1__0 ) ) | ( ( rule__Goal__Group_6_2__0 ) ) );
    public final void rule__Goal__Alternatives_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1106:1: ( ( ( rule__Goal__TargetsAssignment_6_0 ) ) | ( ( rule__Goal__Group_6_1__0 ) ) | ( ( rule__Goal__Group_6_2__0 ) ) )
            int alt5=3;
            switch ( input.LA(1) ) {
            case 61:
                {
                alt5=1;
                }
                break;
            case 45:
                {
                alt5=2;
                }
                break;
            case 43:
                {
                alt5=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 5, 0, input);

                throw nvae;
            }

            switch (alt5) {
                case 1 :
                    // InternalItup.g:1107:2: ( ( rule__Goal__TargetsAssignment_6_0 ) )
                    {
                    // InternalItup.g:1107:2: ( ( rule__Goal__TargetsAssignment_6_0 ) )
                    // InternalItup.g:1108:3: ( rule__Goal__TargetsAssignment_6_0 )
                    {
                     before(grammarAccess.getGoalAccess().getTargetsAssignment_6_0()); 
                    // InternalItup.g:1109:3: ( rule__Goal__TargetsAssignment_6_0 )
                    // InternalItup.g:1109:4: rule__Goal__TargetsAssignment_6_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__TargetsAssignment_6_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getTargetsAssignment_6_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1113:2: ( ( rule__Goal__Group_6_1__0 ) )
                    {
                    // InternalItup.g:1113:2: ( ( rule__Goal__Group_6_1__0 ) )
                    // InternalItup.g:1114:3: ( rule__Goal__Group_6_1__0 )
                    {
                     before(grammarAccess.getGoalAccess().getGroup_6_1()); 
                    // InternalItup.g:1115:3: ( rule__Goal__Group_6_1__0 )
                    // InternalItup.g:1115:4: rule__Goal__Group_6_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_6_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getGroup_6_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1119:2: ( ( rule__Goal__Group_6_2__0 ) )
                    {
                    // InternalItup.g:1119:2: ( ( rule__Goal__Group_6_2__0 ) )
                    // InternalItup.g:1120:3: ( rule__Goal__Group_6_2__0 )
                    {
                     before(grammarAccess.getGoalAccess().getGroup_6_2()); 
                    // InternalItup.g:1121:3: ( rule__Goal__Group_6_2__0 )
                    // InternalItup.g:1121:4: rule__Goal__Group_6_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_6_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getGoalAccess().getGroup_6_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Alternatives_6"


    // $ANTLR start "rule__Target__Alternatives_3_1_1"
    // InternalItup.g:1129:1: rule__Target__Alternatives_3_1_1 : ( ( ( rule__Target__Group_3_1_1_0__0 ) ) | ( ( rule__Target__KindAssignment_3_1_1_1 ) ) );
    public final void rule__Target__Alternatives_3_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1133:1: ( ( ( rule__Target__Group_3_1_1_0__0 ) ) | ( ( rule__Target__KindAssignment_3_1_1_1 ) ) )
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( ((LA6_0>=17 && LA6_0<=19)) ) {
                alt6=1;
            }
            else if ( (LA6_0==11) ) {
                alt6=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 6, 0, input);

                throw nvae;
            }
            switch (alt6) {
                case 1 :
                    // InternalItup.g:1134:2: ( ( rule__Target__Group_3_1_1_0__0 ) )
                    {
                    // InternalItup.g:1134:2: ( ( rule__Target__Group_3_1_1_0__0 ) )
                    // InternalItup.g:1135:3: ( rule__Target__Group_3_1_1_0__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_1_0()); 
                    // InternalItup.g:1136:3: ( rule__Target__Group_3_1_1_0__0 )
                    // InternalItup.g:1136:4: rule__Target__Group_3_1_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1140:2: ( ( rule__Target__KindAssignment_3_1_1_1 ) )
                    {
                    // InternalItup.g:1140:2: ( ( rule__Target__KindAssignment_3_1_1_1 ) )
                    // InternalItup.g:1141:3: ( rule__Target__KindAssignment_3_1_1_1 )
                    {
                     before(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_1()); 
                    // InternalItup.g:1142:3: ( rule__Target__KindAssignment_3_1_1_1 )
                    // InternalItup.g:1142:4: rule__Target__KindAssignment_3_1_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__KindAssignment_3_1_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Alternatives_3_1_1"


    // $ANTLR start "rule__Baseline__Alternatives_2"
    // InternalItup.g:1150:1: rule__Baseline__Alternatives_2 : ( ( ( rule__Baseline__MeasuredAssignment_2_0 ) ) | ( ( rule__Baseline__Group_2_1__0 ) ) );
    public final void rule__Baseline__Alternatives_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1154:1: ( ( ( rule__Baseline__MeasuredAssignment_2_0 ) ) | ( ( rule__Baseline__Group_2_1__0 ) ) )
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==84) ) {
                alt7=1;
            }
            else if ( (LA7_0==58) ) {
                alt7=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 7, 0, input);

                throw nvae;
            }
            switch (alt7) {
                case 1 :
                    // InternalItup.g:1155:2: ( ( rule__Baseline__MeasuredAssignment_2_0 ) )
                    {
                    // InternalItup.g:1155:2: ( ( rule__Baseline__MeasuredAssignment_2_0 ) )
                    // InternalItup.g:1156:3: ( rule__Baseline__MeasuredAssignment_2_0 )
                    {
                     before(grammarAccess.getBaselineAccess().getMeasuredAssignment_2_0()); 
                    // InternalItup.g:1157:3: ( rule__Baseline__MeasuredAssignment_2_0 )
                    // InternalItup.g:1157:4: rule__Baseline__MeasuredAssignment_2_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__MeasuredAssignment_2_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBaselineAccess().getMeasuredAssignment_2_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1161:2: ( ( rule__Baseline__Group_2_1__0 ) )
                    {
                    // InternalItup.g:1161:2: ( ( rule__Baseline__Group_2_1__0 ) )
                    // InternalItup.g:1162:3: ( rule__Baseline__Group_2_1__0 )
                    {
                     before(grammarAccess.getBaselineAccess().getGroup_2_1()); 
                    // InternalItup.g:1163:3: ( rule__Baseline__Group_2_1__0 )
                    // InternalItup.g:1163:4: rule__Baseline__Group_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__Group_2_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getBaselineAccess().getGroup_2_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Alternatives_2"


    // $ANTLR start "rule__Sector__Alternatives_5"
    // InternalItup.g:1171:1: rule__Sector__Alternatives_5 : ( ( ( rule__Sector__ObjectivesAssignment_5_0 ) ) | ( ( rule__Sector__EnablersAssignment_5_1 ) ) );
    public final void rule__Sector__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1175:1: ( ( ( rule__Sector__ObjectivesAssignment_5_0 ) ) | ( ( rule__Sector__EnablersAssignment_5_1 ) ) )
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==52) ) {
                alt8=1;
            }
            else if ( (LA8_0==73) ) {
                alt8=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 8, 0, input);

                throw nvae;
            }
            switch (alt8) {
                case 1 :
                    // InternalItup.g:1176:2: ( ( rule__Sector__ObjectivesAssignment_5_0 ) )
                    {
                    // InternalItup.g:1176:2: ( ( rule__Sector__ObjectivesAssignment_5_0 ) )
                    // InternalItup.g:1177:3: ( rule__Sector__ObjectivesAssignment_5_0 )
                    {
                     before(grammarAccess.getSectorAccess().getObjectivesAssignment_5_0()); 
                    // InternalItup.g:1178:3: ( rule__Sector__ObjectivesAssignment_5_0 )
                    // InternalItup.g:1178:4: rule__Sector__ObjectivesAssignment_5_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__ObjectivesAssignment_5_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getSectorAccess().getObjectivesAssignment_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1182:2: ( ( rule__Sector__EnablersAssignment_5_1 ) )
                    {
                    // InternalItup.g:1182:2: ( ( rule__Sector__EnablersAssignment_5_1 ) )
                    // InternalItup.g:1183:3: ( rule__Sector__EnablersAssignment_5_1 )
                    {
                     before(grammarAccess.getSectorAccess().getEnablersAssignment_5_1()); 
                    // InternalItup.g:1184:3: ( rule__Sector__EnablersAssignment_5_1 )
                    // InternalItup.g:1184:4: rule__Sector__EnablersAssignment_5_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__EnablersAssignment_5_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getSectorAccess().getEnablersAssignment_5_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Alternatives_5"


    // $ANTLR start "rule__Objective__Alternatives_5"
    // InternalItup.g:1192:1: rule__Objective__Alternatives_5 : ( ( ( rule__Objective__Group_5_0__0 ) ) | ( ( rule__Objective__Group_5_1__0 ) ) | ( ( rule__Objective__Group_5_2__0 ) ) | ( ( rule__Objective__OutcomesAssignment_5_3 ) ) | ( ( rule__Objective__OutputsAssignment_5_4 ) ) );
    public final void rule__Objective__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1196:1: ( ( ( rule__Objective__Group_5_0__0 ) ) | ( ( rule__Objective__Group_5_1__0 ) ) | ( ( rule__Objective__Group_5_2__0 ) ) | ( ( rule__Objective__OutcomesAssignment_5_3 ) ) | ( ( rule__Objective__OutputsAssignment_5_4 ) ) )
            int alt9=5;
            switch ( input.LA(1) ) {
            case 67:
                {
                alt9=1;
                }
                break;
            case 68:
                {
                alt9=2;
                }
                break;
            case 43:
                {
                alt9=3;
                }
                break;
            case 69:
                {
                alt9=4;
                }
                break;
            case 53:
                {
                alt9=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 9, 0, input);

                throw nvae;
            }

            switch (alt9) {
                case 1 :
                    // InternalItup.g:1197:2: ( ( rule__Objective__Group_5_0__0 ) )
                    {
                    // InternalItup.g:1197:2: ( ( rule__Objective__Group_5_0__0 ) )
                    // InternalItup.g:1198:3: ( rule__Objective__Group_5_0__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_0()); 
                    // InternalItup.g:1199:3: ( rule__Objective__Group_5_0__0 )
                    // InternalItup.g:1199:4: rule__Objective__Group_5_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1203:2: ( ( rule__Objective__Group_5_1__0 ) )
                    {
                    // InternalItup.g:1203:2: ( ( rule__Objective__Group_5_1__0 ) )
                    // InternalItup.g:1204:3: ( rule__Objective__Group_5_1__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_1()); 
                    // InternalItup.g:1205:3: ( rule__Objective__Group_5_1__0 )
                    // InternalItup.g:1205:4: rule__Objective__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1209:2: ( ( rule__Objective__Group_5_2__0 ) )
                    {
                    // InternalItup.g:1209:2: ( ( rule__Objective__Group_5_2__0 ) )
                    // InternalItup.g:1210:3: ( rule__Objective__Group_5_2__0 )
                    {
                     before(grammarAccess.getObjectiveAccess().getGroup_5_2()); 
                    // InternalItup.g:1211:3: ( rule__Objective__Group_5_2__0 )
                    // InternalItup.g:1211:4: rule__Objective__Group_5_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_5_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getGroup_5_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1215:2: ( ( rule__Objective__OutcomesAssignment_5_3 ) )
                    {
                    // InternalItup.g:1215:2: ( ( rule__Objective__OutcomesAssignment_5_3 ) )
                    // InternalItup.g:1216:3: ( rule__Objective__OutcomesAssignment_5_3 )
                    {
                     before(grammarAccess.getObjectiveAccess().getOutcomesAssignment_5_3()); 
                    // InternalItup.g:1217:3: ( rule__Objective__OutcomesAssignment_5_3 )
                    // InternalItup.g:1217:4: rule__Objective__OutcomesAssignment_5_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__OutcomesAssignment_5_3();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getOutcomesAssignment_5_3()); 

                    }


                    }
                    break;
                case 5 :
                    // InternalItup.g:1221:2: ( ( rule__Objective__OutputsAssignment_5_4 ) )
                    {
                    // InternalItup.g:1221:2: ( ( rule__Objective__OutputsAssignment_5_4 ) )
                    // InternalItup.g:1222:3: ( rule__Objective__OutputsAssignment_5_4 )
                    {
                     before(grammarAccess.getObjectiveAccess().getOutputsAssignment_5_4()); 
                    // InternalItup.g:1223:3: ( rule__Objective__OutputsAssignment_5_4 )
                    // InternalItup.g:1223:4: rule__Objective__OutputsAssignment_5_4
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__OutputsAssignment_5_4();

                    state._fsp--;


                    }

                     after(grammarAccess.getObjectiveAccess().getOutputsAssignment_5_4()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5"


    // $ANTLR start "rule__Objective__Alternatives_5_0_1"
    // InternalItup.g:1231:1: rule__Objective__Alternatives_5_0_1 : ( ( 'goal' ) | ( 'goals' ) );
    public final void rule__Objective__Alternatives_5_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1235:1: ( ( 'goal' ) | ( 'goals' ) )
            int alt10=2;
            int LA10_0 = input.LA(1);

            if ( (LA10_0==13) ) {
                alt10=1;
            }
            else if ( (LA10_0==14) ) {
                alt10=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 10, 0, input);

                throw nvae;
            }
            switch (alt10) {
                case 1 :
                    // InternalItup.g:1236:2: ( 'goal' )
                    {
                    // InternalItup.g:1236:2: ( 'goal' )
                    // InternalItup.g:1237:3: 'goal'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalKeyword_5_0_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1242:2: ( 'goals' )
                    {
                    // InternalItup.g:1242:2: ( 'goals' )
                    // InternalItup.g:1243:3: 'goals'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_0_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5_0_1"


    // $ANTLR start "rule__Objective__Alternatives_5_1_1"
    // InternalItup.g:1252:1: rule__Objective__Alternatives_5_1_1 : ( ( 'goal' ) | ( 'goals' ) );
    public final void rule__Objective__Alternatives_5_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1256:1: ( ( 'goal' ) | ( 'goals' ) )
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==13) ) {
                alt11=1;
            }
            else if ( (LA11_0==14) ) {
                alt11=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 11, 0, input);

                throw nvae;
            }
            switch (alt11) {
                case 1 :
                    // InternalItup.g:1257:2: ( 'goal' )
                    {
                    // InternalItup.g:1257:2: ( 'goal' )
                    // InternalItup.g:1258:3: 'goal'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0()); 
                    match(input,13,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalKeyword_5_1_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1263:2: ( 'goals' )
                    {
                    // InternalItup.g:1263:2: ( 'goals' )
                    // InternalItup.g:1264:3: 'goals'
                    {
                     before(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1()); 
                    match(input,14,FOLLOW_2); 
                     after(grammarAccess.getObjectiveAccess().getGoalsKeyword_5_1_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Alternatives_5_1_1"


    // $ANTLR start "rule__Enabler__Alternatives_4_1"
    // InternalItup.g:1273:1: rule__Enabler__Alternatives_4_1 : ( ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) ) | ( ( rule__Enabler__Group_4_1_1__0 ) ) );
    public final void rule__Enabler__Alternatives_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1277:1: ( ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) ) | ( ( rule__Enabler__Group_4_1_1__0 ) ) )
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==85) ) {
                alt12=1;
            }
            else if ( ((LA12_0>=RULE_INT && LA12_0<=RULE_ID)) ) {
                alt12=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 12, 0, input);

                throw nvae;
            }
            switch (alt12) {
                case 1 :
                    // InternalItup.g:1278:2: ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) )
                    {
                    // InternalItup.g:1278:2: ( ( rule__Enabler__SupportsAllAssignment_4_1_0 ) )
                    // InternalItup.g:1279:3: ( rule__Enabler__SupportsAllAssignment_4_1_0 )
                    {
                     before(grammarAccess.getEnablerAccess().getSupportsAllAssignment_4_1_0()); 
                    // InternalItup.g:1280:3: ( rule__Enabler__SupportsAllAssignment_4_1_0 )
                    // InternalItup.g:1280:4: rule__Enabler__SupportsAllAssignment_4_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__SupportsAllAssignment_4_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getSupportsAllAssignment_4_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1284:2: ( ( rule__Enabler__Group_4_1_1__0 ) )
                    {
                    // InternalItup.g:1284:2: ( ( rule__Enabler__Group_4_1_1__0 ) )
                    // InternalItup.g:1285:3: ( rule__Enabler__Group_4_1_1__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_4_1_1()); 
                    // InternalItup.g:1286:3: ( rule__Enabler__Group_4_1_1__0 )
                    // InternalItup.g:1286:4: rule__Enabler__Group_4_1_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_4_1_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_4_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Alternatives_4_1"


    // $ANTLR start "rule__Enabler__Alternatives_5"
    // InternalItup.g:1294:1: rule__Enabler__Alternatives_5 : ( ( ( rule__Enabler__Group_5_0__0 ) ) | ( ( rule__Enabler__Group_5_1__0 ) ) | ( ( rule__Enabler__Group_5_2__0 ) ) );
    public final void rule__Enabler__Alternatives_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1298:1: ( ( ( rule__Enabler__Group_5_0__0 ) ) | ( ( rule__Enabler__Group_5_1__0 ) ) | ( ( rule__Enabler__Group_5_2__0 ) ) )
            int alt13=3;
            switch ( input.LA(1) ) {
            case 55:
                {
                alt13=1;
                }
                break;
            case 75:
                {
                alt13=2;
                }
                break;
            case 76:
                {
                alt13=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 13, 0, input);

                throw nvae;
            }

            switch (alt13) {
                case 1 :
                    // InternalItup.g:1299:2: ( ( rule__Enabler__Group_5_0__0 ) )
                    {
                    // InternalItup.g:1299:2: ( ( rule__Enabler__Group_5_0__0 ) )
                    // InternalItup.g:1300:3: ( rule__Enabler__Group_5_0__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_0()); 
                    // InternalItup.g:1301:3: ( rule__Enabler__Group_5_0__0 )
                    // InternalItup.g:1301:4: rule__Enabler__Group_5_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1305:2: ( ( rule__Enabler__Group_5_1__0 ) )
                    {
                    // InternalItup.g:1305:2: ( ( rule__Enabler__Group_5_1__0 ) )
                    // InternalItup.g:1306:3: ( rule__Enabler__Group_5_1__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_1()); 
                    // InternalItup.g:1307:3: ( rule__Enabler__Group_5_1__0 )
                    // InternalItup.g:1307:4: rule__Enabler__Group_5_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_1__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1311:2: ( ( rule__Enabler__Group_5_2__0 ) )
                    {
                    // InternalItup.g:1311:2: ( ( rule__Enabler__Group_5_2__0 ) )
                    // InternalItup.g:1312:3: ( rule__Enabler__Group_5_2__0 )
                    {
                     before(grammarAccess.getEnablerAccess().getGroup_5_2()); 
                    // InternalItup.g:1313:3: ( rule__Enabler__Group_5_2__0 )
                    // InternalItup.g:1313:4: rule__Enabler__Group_5_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_5_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getEnablerAccess().getGroup_5_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Alternatives_5"


    // $ANTLR start "rule__Translation__Alternatives_1"
    // InternalItup.g:1321:1: rule__Translation__Alternatives_1 : ( ( ( rule__Translation__TextAssignment_1_0 ) ) | ( ( rule__Translation__UnavailableAssignment_1_1 ) ) );
    public final void rule__Translation__Alternatives_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1325:1: ( ( ( rule__Translation__TextAssignment_1_0 ) ) | ( ( rule__Translation__UnavailableAssignment_1_1 ) ) )
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==RULE_STRING) ) {
                alt14=1;
            }
            else if ( (LA14_0==86) ) {
                alt14=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 14, 0, input);

                throw nvae;
            }
            switch (alt14) {
                case 1 :
                    // InternalItup.g:1326:2: ( ( rule__Translation__TextAssignment_1_0 ) )
                    {
                    // InternalItup.g:1326:2: ( ( rule__Translation__TextAssignment_1_0 ) )
                    // InternalItup.g:1327:3: ( rule__Translation__TextAssignment_1_0 )
                    {
                     before(grammarAccess.getTranslationAccess().getTextAssignment_1_0()); 
                    // InternalItup.g:1328:3: ( rule__Translation__TextAssignment_1_0 )
                    // InternalItup.g:1328:4: rule__Translation__TextAssignment_1_0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Translation__TextAssignment_1_0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTranslationAccess().getTextAssignment_1_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1332:2: ( ( rule__Translation__UnavailableAssignment_1_1 ) )
                    {
                    // InternalItup.g:1332:2: ( ( rule__Translation__UnavailableAssignment_1_1 ) )
                    // InternalItup.g:1333:3: ( rule__Translation__UnavailableAssignment_1_1 )
                    {
                     before(grammarAccess.getTranslationAccess().getUnavailableAssignment_1_1()); 
                    // InternalItup.g:1334:3: ( rule__Translation__UnavailableAssignment_1_1 )
                    // InternalItup.g:1334:4: rule__Translation__UnavailableAssignment_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Translation__UnavailableAssignment_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTranslationAccess().getUnavailableAssignment_1_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Alternatives_1"


    // $ANTLR start "rule__Code__Alternatives_1_0"
    // InternalItup.g:1342:1: rule__Code__Alternatives_1_0 : ( ( '.' ) | ( '-' ) );
    public final void rule__Code__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1346:1: ( ( '.' ) | ( '-' ) )
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==15) ) {
                alt15=1;
            }
            else if ( (LA15_0==16) ) {
                alt15=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 15, 0, input);

                throw nvae;
            }
            switch (alt15) {
                case 1 :
                    // InternalItup.g:1347:2: ( '.' )
                    {
                    // InternalItup.g:1347:2: ( '.' )
                    // InternalItup.g:1348:3: '.'
                    {
                     before(grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getCodeAccess().getFullStopKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1353:2: ( '-' )
                    {
                    // InternalItup.g:1353:2: ( '-' )
                    // InternalItup.g:1354:3: '-'
                    {
                     before(grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1()); 
                    match(input,16,FOLLOW_2); 
                     after(grammarAccess.getCodeAccess().getHyphenMinusKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Alternatives_1_0"


    // $ANTLR start "rule__CodeSegment__Alternatives"
    // InternalItup.g:1363:1: rule__CodeSegment__Alternatives : ( ( RULE_ID ) | ( RULE_INT ) );
    public final void rule__CodeSegment__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1367:1: ( ( RULE_ID ) | ( RULE_INT ) )
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==RULE_ID) ) {
                alt16=1;
            }
            else if ( (LA16_0==RULE_INT) ) {
                alt16=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 16, 0, input);

                throw nvae;
            }
            switch (alt16) {
                case 1 :
                    // InternalItup.g:1368:2: ( RULE_ID )
                    {
                    // InternalItup.g:1368:2: ( RULE_ID )
                    // InternalItup.g:1369:3: RULE_ID
                    {
                     before(grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0()); 
                    match(input,RULE_ID,FOLLOW_2); 
                     after(grammarAccess.getCodeSegmentAccess().getIDTerminalRuleCall_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1374:2: ( RULE_INT )
                    {
                    // InternalItup.g:1374:2: ( RULE_INT )
                    // InternalItup.g:1375:3: RULE_INT
                    {
                     before(grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1()); 
                    match(input,RULE_INT,FOLLOW_2); 
                     after(grammarAccess.getCodeSegmentAccess().getINTTerminalRuleCall_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CodeSegment__Alternatives"


    // $ANTLR start "rule__PlanName__Alternatives_1_0"
    // InternalItup.g:1384:1: rule__PlanName__Alternatives_1_0 : ( ( '.' ) | ( '-' ) );
    public final void rule__PlanName__Alternatives_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1388:1: ( ( '.' ) | ( '-' ) )
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==15) ) {
                alt17=1;
            }
            else if ( (LA17_0==16) ) {
                alt17=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 17, 0, input);

                throw nvae;
            }
            switch (alt17) {
                case 1 :
                    // InternalItup.g:1389:2: ( '.' )
                    {
                    // InternalItup.g:1389:2: ( '.' )
                    // InternalItup.g:1390:3: '.'
                    {
                     before(grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0()); 
                    match(input,15,FOLLOW_2); 
                     after(grammarAccess.getPlanNameAccess().getFullStopKeyword_1_0_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1395:2: ( '-' )
                    {
                    // InternalItup.g:1395:2: ( '-' )
                    // InternalItup.g:1396:3: '-'
                    {
                     before(grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1()); 
                    match(input,16,FOLLOW_2); 
                     after(grammarAccess.getPlanNameAccess().getHyphenMinusKeyword_1_0_1()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Alternatives_1_0"


    // $ANTLR start "rule__MeasuredTargetKind__Alternatives"
    // InternalItup.g:1405:1: rule__MeasuredTargetKind__Alternatives : ( ( ( 'level' ) ) | ( ( 'increase' ) ) | ( ( 'decrease' ) ) );
    public final void rule__MeasuredTargetKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1409:1: ( ( ( 'level' ) ) | ( ( 'increase' ) ) | ( ( 'decrease' ) ) )
            int alt18=3;
            switch ( input.LA(1) ) {
            case 17:
                {
                alt18=1;
                }
                break;
            case 18:
                {
                alt18=2;
                }
                break;
            case 19:
                {
                alt18=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 18, 0, input);

                throw nvae;
            }

            switch (alt18) {
                case 1 :
                    // InternalItup.g:1410:2: ( ( 'level' ) )
                    {
                    // InternalItup.g:1410:2: ( ( 'level' ) )
                    // InternalItup.g:1411:3: ( 'level' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1412:3: ( 'level' )
                    // InternalItup.g:1412:4: 'level'
                    {
                    match(input,17,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getLEVELEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1416:2: ( ( 'increase' ) )
                    {
                    // InternalItup.g:1416:2: ( ( 'increase' ) )
                    // InternalItup.g:1417:3: ( 'increase' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1418:3: ( 'increase' )
                    // InternalItup.g:1418:4: 'increase'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getINCREASEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1422:2: ( ( 'decrease' ) )
                    {
                    // InternalItup.g:1422:2: ( ( 'decrease' ) )
                    // InternalItup.g:1423:3: ( 'decrease' )
                    {
                     before(grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1424:3: ( 'decrease' )
                    // InternalItup.g:1424:4: 'decrease'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getMeasuredTargetKindAccess().getDECREASEEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__MeasuredTargetKind__Alternatives"


    // $ANTLR start "rule__SectorKind__Alternatives"
    // InternalItup.g:1432:1: rule__SectorKind__Alternatives : ( ( ( 'sector' ) ) | ( ( 'inter-sectoral' ) ) | ( ( 'secretariat' ) ) );
    public final void rule__SectorKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1436:1: ( ( ( 'sector' ) ) | ( ( 'inter-sectoral' ) ) | ( ( 'secretariat' ) ) )
            int alt19=3;
            switch ( input.LA(1) ) {
            case 20:
                {
                alt19=1;
                }
                break;
            case 21:
                {
                alt19=2;
                }
                break;
            case 22:
                {
                alt19=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 19, 0, input);

                throw nvae;
            }

            switch (alt19) {
                case 1 :
                    // InternalItup.g:1437:2: ( ( 'sector' ) )
                    {
                    // InternalItup.g:1437:2: ( ( 'sector' ) )
                    // InternalItup.g:1438:3: ( 'sector' )
                    {
                     before(grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0()); 
                    // InternalItup.g:1439:3: ( 'sector' )
                    // InternalItup.g:1439:4: 'sector'
                    {
                    match(input,20,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getSECTOREnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1443:2: ( ( 'inter-sectoral' ) )
                    {
                    // InternalItup.g:1443:2: ( ( 'inter-sectoral' ) )
                    // InternalItup.g:1444:3: ( 'inter-sectoral' )
                    {
                     before(grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1445:3: ( 'inter-sectoral' )
                    // InternalItup.g:1445:4: 'inter-sectoral'
                    {
                    match(input,21,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getINTER_SECTORALEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1449:2: ( ( 'secretariat' ) )
                    {
                    // InternalItup.g:1449:2: ( ( 'secretariat' ) )
                    // InternalItup.g:1450:3: ( 'secretariat' )
                    {
                     before(grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1451:3: ( 'secretariat' )
                    // InternalItup.g:1451:4: 'secretariat'
                    {
                    match(input,22,FOLLOW_2); 

                    }

                     after(grammarAccess.getSectorKindAccess().getSECRETARIATEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SectorKind__Alternatives"


    // $ANTLR start "rule__IndicatorDirection__Alternatives"
    // InternalItup.g:1459:1: rule__IndicatorDirection__Alternatives : ( ( ( 'increase' ) ) | ( ( 'decrease' ) ) | ( ( 'maintain' ) ) );
    public final void rule__IndicatorDirection__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1463:1: ( ( ( 'increase' ) ) | ( ( 'decrease' ) ) | ( ( 'maintain' ) ) )
            int alt20=3;
            switch ( input.LA(1) ) {
            case 18:
                {
                alt20=1;
                }
                break;
            case 19:
                {
                alt20=2;
                }
                break;
            case 23:
                {
                alt20=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 20, 0, input);

                throw nvae;
            }

            switch (alt20) {
                case 1 :
                    // InternalItup.g:1464:2: ( ( 'increase' ) )
                    {
                    // InternalItup.g:1464:2: ( ( 'increase' ) )
                    // InternalItup.g:1465:3: ( 'increase' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1466:3: ( 'increase' )
                    // InternalItup.g:1466:4: 'increase'
                    {
                    match(input,18,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getINCREASEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1470:2: ( ( 'decrease' ) )
                    {
                    // InternalItup.g:1470:2: ( ( 'decrease' ) )
                    // InternalItup.g:1471:3: ( 'decrease' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1472:3: ( 'decrease' )
                    // InternalItup.g:1472:4: 'decrease'
                    {
                    match(input,19,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getDECREASEEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1476:2: ( ( 'maintain' ) )
                    {
                    // InternalItup.g:1476:2: ( ( 'maintain' ) )
                    // InternalItup.g:1477:3: ( 'maintain' )
                    {
                     before(grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1478:3: ( 'maintain' )
                    // InternalItup.g:1478:4: 'maintain'
                    {
                    match(input,23,FOLLOW_2); 

                    }

                     after(grammarAccess.getIndicatorDirectionAccess().getMAINTAINEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__IndicatorDirection__Alternatives"


    // $ANTLR start "rule__RiskTreatment__Alternatives"
    // InternalItup.g:1486:1: rule__RiskTreatment__Alternatives : ( ( ( 'avoidance' ) ) | ( ( 'limitation' ) ) | ( ( 'transfer' ) ) | ( ( 'acceptance' ) ) );
    public final void rule__RiskTreatment__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1490:1: ( ( ( 'avoidance' ) ) | ( ( 'limitation' ) ) | ( ( 'transfer' ) ) | ( ( 'acceptance' ) ) )
            int alt21=4;
            switch ( input.LA(1) ) {
            case 24:
                {
                alt21=1;
                }
                break;
            case 25:
                {
                alt21=2;
                }
                break;
            case 26:
                {
                alt21=3;
                }
                break;
            case 27:
                {
                alt21=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 21, 0, input);

                throw nvae;
            }

            switch (alt21) {
                case 1 :
                    // InternalItup.g:1491:2: ( ( 'avoidance' ) )
                    {
                    // InternalItup.g:1491:2: ( ( 'avoidance' ) )
                    // InternalItup.g:1492:3: ( 'avoidance' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1493:3: ( 'avoidance' )
                    // InternalItup.g:1493:4: 'avoidance'
                    {
                    match(input,24,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getAVOIDANCEEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1497:2: ( ( 'limitation' ) )
                    {
                    // InternalItup.g:1497:2: ( ( 'limitation' ) )
                    // InternalItup.g:1498:3: ( 'limitation' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1499:3: ( 'limitation' )
                    // InternalItup.g:1499:4: 'limitation'
                    {
                    match(input,25,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getLIMITATIONEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1503:2: ( ( 'transfer' ) )
                    {
                    // InternalItup.g:1503:2: ( ( 'transfer' ) )
                    // InternalItup.g:1504:3: ( 'transfer' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2()); 
                    // InternalItup.g:1505:3: ( 'transfer' )
                    // InternalItup.g:1505:4: 'transfer'
                    {
                    match(input,26,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getTRANSFEREnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1509:2: ( ( 'acceptance' ) )
                    {
                    // InternalItup.g:1509:2: ( ( 'acceptance' ) )
                    // InternalItup.g:1510:3: ( 'acceptance' )
                    {
                     before(grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3()); 
                    // InternalItup.g:1511:3: ( 'acceptance' )
                    // InternalItup.g:1511:4: 'acceptance'
                    {
                    match(input,27,FOLLOW_2); 

                    }

                     after(grammarAccess.getRiskTreatmentAccess().getACCEPTANCEEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RiskTreatment__Alternatives"


    // $ANTLR start "rule__SwotKind__Alternatives"
    // InternalItup.g:1519:1: rule__SwotKind__Alternatives : ( ( ( 'strength' ) ) | ( ( 'weakness' ) ) | ( ( 'opportunity' ) ) | ( ( 'threat' ) ) );
    public final void rule__SwotKind__Alternatives() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1523:1: ( ( ( 'strength' ) ) | ( ( 'weakness' ) ) | ( ( 'opportunity' ) ) | ( ( 'threat' ) ) )
            int alt22=4;
            switch ( input.LA(1) ) {
            case 28:
                {
                alt22=1;
                }
                break;
            case 29:
                {
                alt22=2;
                }
                break;
            case 30:
                {
                alt22=3;
                }
                break;
            case 31:
                {
                alt22=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 22, 0, input);

                throw nvae;
            }

            switch (alt22) {
                case 1 :
                    // InternalItup.g:1524:2: ( ( 'strength' ) )
                    {
                    // InternalItup.g:1524:2: ( ( 'strength' ) )
                    // InternalItup.g:1525:3: ( 'strength' )
                    {
                     before(grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0()); 
                    // InternalItup.g:1526:3: ( 'strength' )
                    // InternalItup.g:1526:4: 'strength'
                    {
                    match(input,28,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getSTRENGTHEnumLiteralDeclaration_0()); 

                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:1530:2: ( ( 'weakness' ) )
                    {
                    // InternalItup.g:1530:2: ( ( 'weakness' ) )
                    // InternalItup.g:1531:3: ( 'weakness' )
                    {
                     before(grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1()); 
                    // InternalItup.g:1532:3: ( 'weakness' )
                    // InternalItup.g:1532:4: 'weakness'
                    {
                    match(input,29,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getWEAKNESSEnumLiteralDeclaration_1()); 

                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:1536:2: ( ( 'opportunity' ) )
                    {
                    // InternalItup.g:1536:2: ( ( 'opportunity' ) )
                    // InternalItup.g:1537:3: ( 'opportunity' )
                    {
                     before(grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2()); 
                    // InternalItup.g:1538:3: ( 'opportunity' )
                    // InternalItup.g:1538:4: 'opportunity'
                    {
                    match(input,30,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getOPPORTUNITYEnumLiteralDeclaration_2()); 

                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:1542:2: ( ( 'threat' ) )
                    {
                    // InternalItup.g:1542:2: ( ( 'threat' ) )
                    // InternalItup.g:1543:3: ( 'threat' )
                    {
                     before(grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3()); 
                    // InternalItup.g:1544:3: ( 'threat' )
                    // InternalItup.g:1544:4: 'threat'
                    {
                    match(input,31,FOLLOW_2); 

                    }

                     after(grammarAccess.getSwotKindAccess().getTHREATEnumLiteralDeclaration_3()); 

                    }


                    }
                    break;

            }
        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotKind__Alternatives"


    // $ANTLR start "rule__Plan__Group__0"
    // InternalItup.g:1552:1: rule__Plan__Group__0 : rule__Plan__Group__0__Impl rule__Plan__Group__1 ;
    public final void rule__Plan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1556:1: ( rule__Plan__Group__0__Impl rule__Plan__Group__1 )
            // InternalItup.g:1557:2: rule__Plan__Group__0__Impl rule__Plan__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Plan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__0"


    // $ANTLR start "rule__Plan__Group__0__Impl"
    // InternalItup.g:1564:1: rule__Plan__Group__0__Impl : ( 'plan' ) ;
    public final void rule__Plan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1568:1: ( ( 'plan' ) )
            // InternalItup.g:1569:1: ( 'plan' )
            {
            // InternalItup.g:1569:1: ( 'plan' )
            // InternalItup.g:1570:2: 'plan'
            {
             before(grammarAccess.getPlanAccess().getPlanKeyword_0()); 
            match(input,12,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getPlanKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__0__Impl"


    // $ANTLR start "rule__Plan__Group__1"
    // InternalItup.g:1579:1: rule__Plan__Group__1 : rule__Plan__Group__1__Impl rule__Plan__Group__2 ;
    public final void rule__Plan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1583:1: ( rule__Plan__Group__1__Impl rule__Plan__Group__2 )
            // InternalItup.g:1584:2: rule__Plan__Group__1__Impl rule__Plan__Group__2
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__1"


    // $ANTLR start "rule__Plan__Group__1__Impl"
    // InternalItup.g:1591:1: rule__Plan__Group__1__Impl : ( ( rule__Plan__NameAssignment_1 ) ) ;
    public final void rule__Plan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1595:1: ( ( ( rule__Plan__NameAssignment_1 ) ) )
            // InternalItup.g:1596:1: ( ( rule__Plan__NameAssignment_1 ) )
            {
            // InternalItup.g:1596:1: ( ( rule__Plan__NameAssignment_1 ) )
            // InternalItup.g:1597:2: ( rule__Plan__NameAssignment_1 )
            {
             before(grammarAccess.getPlanAccess().getNameAssignment_1()); 
            // InternalItup.g:1598:2: ( rule__Plan__NameAssignment_1 )
            // InternalItup.g:1598:3: rule__Plan__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__1__Impl"


    // $ANTLR start "rule__Plan__Group__2"
    // InternalItup.g:1606:1: rule__Plan__Group__2 : rule__Plan__Group__2__Impl rule__Plan__Group__3 ;
    public final void rule__Plan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1610:1: ( rule__Plan__Group__2__Impl rule__Plan__Group__3 )
            // InternalItup.g:1611:2: rule__Plan__Group__2__Impl rule__Plan__Group__3
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__2"


    // $ANTLR start "rule__Plan__Group__2__Impl"
    // InternalItup.g:1618:1: rule__Plan__Group__2__Impl : ( ( rule__Plan__TitleAssignment_2 )? ) ;
    public final void rule__Plan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1622:1: ( ( ( rule__Plan__TitleAssignment_2 )? ) )
            // InternalItup.g:1623:1: ( ( rule__Plan__TitleAssignment_2 )? )
            {
            // InternalItup.g:1623:1: ( ( rule__Plan__TitleAssignment_2 )? )
            // InternalItup.g:1624:2: ( rule__Plan__TitleAssignment_2 )?
            {
             before(grammarAccess.getPlanAccess().getTitleAssignment_2()); 
            // InternalItup.g:1625:2: ( rule__Plan__TitleAssignment_2 )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==RULE_STRING) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalItup.g:1625:3: rule__Plan__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__2__Impl"


    // $ANTLR start "rule__Plan__Group__3"
    // InternalItup.g:1633:1: rule__Plan__Group__3 : rule__Plan__Group__3__Impl rule__Plan__Group__4 ;
    public final void rule__Plan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1637:1: ( rule__Plan__Group__3__Impl rule__Plan__Group__4 )
            // InternalItup.g:1638:2: rule__Plan__Group__3__Impl rule__Plan__Group__4
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__3"


    // $ANTLR start "rule__Plan__Group__3__Impl"
    // InternalItup.g:1645:1: rule__Plan__Group__3__Impl : ( ( rule__Plan__Group_3__0 )? ) ;
    public final void rule__Plan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1649:1: ( ( ( rule__Plan__Group_3__0 )? ) )
            // InternalItup.g:1650:1: ( ( rule__Plan__Group_3__0 )? )
            {
            // InternalItup.g:1650:1: ( ( rule__Plan__Group_3__0 )? )
            // InternalItup.g:1651:2: ( rule__Plan__Group_3__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_3()); 
            // InternalItup.g:1652:2: ( rule__Plan__Group_3__0 )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==32) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalItup.g:1652:3: rule__Plan__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__3__Impl"


    // $ANTLR start "rule__Plan__Group__4"
    // InternalItup.g:1660:1: rule__Plan__Group__4 : rule__Plan__Group__4__Impl rule__Plan__Group__5 ;
    public final void rule__Plan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1664:1: ( rule__Plan__Group__4__Impl rule__Plan__Group__5 )
            // InternalItup.g:1665:2: rule__Plan__Group__4__Impl rule__Plan__Group__5
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__4"


    // $ANTLR start "rule__Plan__Group__4__Impl"
    // InternalItup.g:1672:1: rule__Plan__Group__4__Impl : ( ( rule__Plan__Group_4__0 )? ) ;
    public final void rule__Plan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1676:1: ( ( ( rule__Plan__Group_4__0 )? ) )
            // InternalItup.g:1677:1: ( ( rule__Plan__Group_4__0 )? )
            {
            // InternalItup.g:1677:1: ( ( rule__Plan__Group_4__0 )? )
            // InternalItup.g:1678:2: ( rule__Plan__Group_4__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_4()); 
            // InternalItup.g:1679:2: ( rule__Plan__Group_4__0 )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==34) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalItup.g:1679:3: rule__Plan__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__4__Impl"


    // $ANTLR start "rule__Plan__Group__5"
    // InternalItup.g:1687:1: rule__Plan__Group__5 : rule__Plan__Group__5__Impl rule__Plan__Group__6 ;
    public final void rule__Plan__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1691:1: ( rule__Plan__Group__5__Impl rule__Plan__Group__6 )
            // InternalItup.g:1692:2: rule__Plan__Group__5__Impl rule__Plan__Group__6
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__5"


    // $ANTLR start "rule__Plan__Group__5__Impl"
    // InternalItup.g:1699:1: rule__Plan__Group__5__Impl : ( ( rule__Plan__ImportsAssignment_5 )* ) ;
    public final void rule__Plan__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1703:1: ( ( ( rule__Plan__ImportsAssignment_5 )* ) )
            // InternalItup.g:1704:1: ( ( rule__Plan__ImportsAssignment_5 )* )
            {
            // InternalItup.g:1704:1: ( ( rule__Plan__ImportsAssignment_5 )* )
            // InternalItup.g:1705:2: ( rule__Plan__ImportsAssignment_5 )*
            {
             before(grammarAccess.getPlanAccess().getImportsAssignment_5()); 
            // InternalItup.g:1706:2: ( rule__Plan__ImportsAssignment_5 )*
            loop26:
            do {
                int alt26=2;
                int LA26_0 = input.LA(1);

                if ( (LA26_0==57) ) {
                    alt26=1;
                }


                switch (alt26) {
            	case 1 :
            	    // InternalItup.g:1706:3: rule__Plan__ImportsAssignment_5
            	    {
            	    pushFollow(FOLLOW_5);
            	    rule__Plan__ImportsAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop26;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getImportsAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__5__Impl"


    // $ANTLR start "rule__Plan__Group__6"
    // InternalItup.g:1714:1: rule__Plan__Group__6 : rule__Plan__Group__6__Impl rule__Plan__Group__7 ;
    public final void rule__Plan__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1718:1: ( rule__Plan__Group__6__Impl rule__Plan__Group__7 )
            // InternalItup.g:1719:2: rule__Plan__Group__6__Impl rule__Plan__Group__7
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__6"


    // $ANTLR start "rule__Plan__Group__6__Impl"
    // InternalItup.g:1726:1: rule__Plan__Group__6__Impl : ( ( rule__Plan__Group_6__0 )? ) ;
    public final void rule__Plan__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1730:1: ( ( ( rule__Plan__Group_6__0 )? ) )
            // InternalItup.g:1731:1: ( ( rule__Plan__Group_6__0 )? )
            {
            // InternalItup.g:1731:1: ( ( rule__Plan__Group_6__0 )? )
            // InternalItup.g:1732:2: ( rule__Plan__Group_6__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_6()); 
            // InternalItup.g:1733:2: ( rule__Plan__Group_6__0 )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==36) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalItup.g:1733:3: rule__Plan__Group_6__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_6__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__6__Impl"


    // $ANTLR start "rule__Plan__Group__7"
    // InternalItup.g:1741:1: rule__Plan__Group__7 : rule__Plan__Group__7__Impl rule__Plan__Group__8 ;
    public final void rule__Plan__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1745:1: ( rule__Plan__Group__7__Impl rule__Plan__Group__8 )
            // InternalItup.g:1746:2: rule__Plan__Group__7__Impl rule__Plan__Group__8
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__7"


    // $ANTLR start "rule__Plan__Group__7__Impl"
    // InternalItup.g:1753:1: rule__Plan__Group__7__Impl : ( ( rule__Plan__Group_7__0 )? ) ;
    public final void rule__Plan__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1757:1: ( ( ( rule__Plan__Group_7__0 )? ) )
            // InternalItup.g:1758:1: ( ( rule__Plan__Group_7__0 )? )
            {
            // InternalItup.g:1758:1: ( ( rule__Plan__Group_7__0 )? )
            // InternalItup.g:1759:2: ( rule__Plan__Group_7__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_7()); 
            // InternalItup.g:1760:2: ( rule__Plan__Group_7__0 )?
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==37) ) {
                alt28=1;
            }
            switch (alt28) {
                case 1 :
                    // InternalItup.g:1760:3: rule__Plan__Group_7__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_7__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__7__Impl"


    // $ANTLR start "rule__Plan__Group__8"
    // InternalItup.g:1768:1: rule__Plan__Group__8 : rule__Plan__Group__8__Impl rule__Plan__Group__9 ;
    public final void rule__Plan__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1772:1: ( rule__Plan__Group__8__Impl rule__Plan__Group__9 )
            // InternalItup.g:1773:2: rule__Plan__Group__8__Impl rule__Plan__Group__9
            {
            pushFollow(FOLLOW_4);
            rule__Plan__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__8"


    // $ANTLR start "rule__Plan__Group__8__Impl"
    // InternalItup.g:1780:1: rule__Plan__Group__8__Impl : ( ( rule__Plan__Group_8__0 )? ) ;
    public final void rule__Plan__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1784:1: ( ( ( rule__Plan__Group_8__0 )? ) )
            // InternalItup.g:1785:1: ( ( rule__Plan__Group_8__0 )? )
            {
            // InternalItup.g:1785:1: ( ( rule__Plan__Group_8__0 )? )
            // InternalItup.g:1786:2: ( rule__Plan__Group_8__0 )?
            {
             before(grammarAccess.getPlanAccess().getGroup_8()); 
            // InternalItup.g:1787:2: ( rule__Plan__Group_8__0 )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==38) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalItup.g:1787:3: rule__Plan__Group_8__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Plan__Group_8__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPlanAccess().getGroup_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__8__Impl"


    // $ANTLR start "rule__Plan__Group__9"
    // InternalItup.g:1795:1: rule__Plan__Group__9 : rule__Plan__Group__9__Impl ;
    public final void rule__Plan__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1799:1: ( rule__Plan__Group__9__Impl )
            // InternalItup.g:1800:2: rule__Plan__Group__9__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group__9__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__9"


    // $ANTLR start "rule__Plan__Group__9__Impl"
    // InternalItup.g:1806:1: rule__Plan__Group__9__Impl : ( ( rule__Plan__Alternatives_9 )* ) ;
    public final void rule__Plan__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1810:1: ( ( ( rule__Plan__Alternatives_9 )* ) )
            // InternalItup.g:1811:1: ( ( rule__Plan__Alternatives_9 )* )
            {
            // InternalItup.g:1811:1: ( ( rule__Plan__Alternatives_9 )* )
            // InternalItup.g:1812:2: ( rule__Plan__Alternatives_9 )*
            {
             before(grammarAccess.getPlanAccess().getAlternatives_9()); 
            // InternalItup.g:1813:2: ( rule__Plan__Alternatives_9 )*
            loop30:
            do {
                int alt30=2;
                int LA30_0 = input.LA(1);

                if ( (LA30_0==13||(LA30_0>=20 && LA30_0<=22)||LA30_0==40||LA30_0==43||LA30_0==45||LA30_0==58||LA30_0==77||(LA30_0>=80 && LA30_0<=81)) ) {
                    alt30=1;
                }


                switch (alt30) {
            	case 1 :
            	    // InternalItup.g:1813:3: rule__Plan__Alternatives_9
            	    {
            	    pushFollow(FOLLOW_6);
            	    rule__Plan__Alternatives_9();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop30;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getAlternatives_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group__9__Impl"


    // $ANTLR start "rule__Plan__Group_3__0"
    // InternalItup.g:1822:1: rule__Plan__Group_3__0 : rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1 ;
    public final void rule__Plan__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1826:1: ( rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1 )
            // InternalItup.g:1827:2: rule__Plan__Group_3__0__Impl rule__Plan__Group_3__1
            {
            pushFollow(FOLLOW_7);
            rule__Plan__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__0"


    // $ANTLR start "rule__Plan__Group_3__0__Impl"
    // InternalItup.g:1834:1: rule__Plan__Group_3__0__Impl : ( 'period' ) ;
    public final void rule__Plan__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1838:1: ( ( 'period' ) )
            // InternalItup.g:1839:1: ( 'period' )
            {
            // InternalItup.g:1839:1: ( 'period' )
            // InternalItup.g:1840:2: 'period'
            {
             before(grammarAccess.getPlanAccess().getPeriodKeyword_3_0()); 
            match(input,32,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getPeriodKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_3__1"
    // InternalItup.g:1849:1: rule__Plan__Group_3__1 : rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2 ;
    public final void rule__Plan__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1853:1: ( rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2 )
            // InternalItup.g:1854:2: rule__Plan__Group_3__1__Impl rule__Plan__Group_3__2
            {
            pushFollow(FOLLOW_8);
            rule__Plan__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__1"


    // $ANTLR start "rule__Plan__Group_3__1__Impl"
    // InternalItup.g:1861:1: rule__Plan__Group_3__1__Impl : ( ( rule__Plan__StartYearAssignment_3_1 ) ) ;
    public final void rule__Plan__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1865:1: ( ( ( rule__Plan__StartYearAssignment_3_1 ) ) )
            // InternalItup.g:1866:1: ( ( rule__Plan__StartYearAssignment_3_1 ) )
            {
            // InternalItup.g:1866:1: ( ( rule__Plan__StartYearAssignment_3_1 ) )
            // InternalItup.g:1867:2: ( rule__Plan__StartYearAssignment_3_1 )
            {
             before(grammarAccess.getPlanAccess().getStartYearAssignment_3_1()); 
            // InternalItup.g:1868:2: ( rule__Plan__StartYearAssignment_3_1 )
            // InternalItup.g:1868:3: rule__Plan__StartYearAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__StartYearAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getStartYearAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__1__Impl"


    // $ANTLR start "rule__Plan__Group_3__2"
    // InternalItup.g:1876:1: rule__Plan__Group_3__2 : rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3 ;
    public final void rule__Plan__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1880:1: ( rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3 )
            // InternalItup.g:1881:2: rule__Plan__Group_3__2__Impl rule__Plan__Group_3__3
            {
            pushFollow(FOLLOW_7);
            rule__Plan__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__2"


    // $ANTLR start "rule__Plan__Group_3__2__Impl"
    // InternalItup.g:1888:1: rule__Plan__Group_3__2__Impl : ( 'to' ) ;
    public final void rule__Plan__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1892:1: ( ( 'to' ) )
            // InternalItup.g:1893:1: ( 'to' )
            {
            // InternalItup.g:1893:1: ( 'to' )
            // InternalItup.g:1894:2: 'to'
            {
             before(grammarAccess.getPlanAccess().getToKeyword_3_2()); 
            match(input,33,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getToKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__2__Impl"


    // $ANTLR start "rule__Plan__Group_3__3"
    // InternalItup.g:1903:1: rule__Plan__Group_3__3 : rule__Plan__Group_3__3__Impl ;
    public final void rule__Plan__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1907:1: ( rule__Plan__Group_3__3__Impl )
            // InternalItup.g:1908:2: rule__Plan__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__3"


    // $ANTLR start "rule__Plan__Group_3__3__Impl"
    // InternalItup.g:1914:1: rule__Plan__Group_3__3__Impl : ( ( rule__Plan__EndYearAssignment_3_3 ) ) ;
    public final void rule__Plan__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1918:1: ( ( ( rule__Plan__EndYearAssignment_3_3 ) ) )
            // InternalItup.g:1919:1: ( ( rule__Plan__EndYearAssignment_3_3 ) )
            {
            // InternalItup.g:1919:1: ( ( rule__Plan__EndYearAssignment_3_3 ) )
            // InternalItup.g:1920:2: ( rule__Plan__EndYearAssignment_3_3 )
            {
             before(grammarAccess.getPlanAccess().getEndYearAssignment_3_3()); 
            // InternalItup.g:1921:2: ( rule__Plan__EndYearAssignment_3_3 )
            // InternalItup.g:1921:3: rule__Plan__EndYearAssignment_3_3
            {
            pushFollow(FOLLOW_2);
            rule__Plan__EndYearAssignment_3_3();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getEndYearAssignment_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_3__3__Impl"


    // $ANTLR start "rule__Plan__Group_4__0"
    // InternalItup.g:1930:1: rule__Plan__Group_4__0 : rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1 ;
    public final void rule__Plan__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1934:1: ( rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1 )
            // InternalItup.g:1935:2: rule__Plan__Group_4__0__Impl rule__Plan__Group_4__1
            {
            pushFollow(FOLLOW_9);
            rule__Plan__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__0"


    // $ANTLR start "rule__Plan__Group_4__0__Impl"
    // InternalItup.g:1942:1: rule__Plan__Group_4__0__Impl : ( 'adopted' ) ;
    public final void rule__Plan__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1946:1: ( ( 'adopted' ) )
            // InternalItup.g:1947:1: ( 'adopted' )
            {
            // InternalItup.g:1947:1: ( 'adopted' )
            // InternalItup.g:1948:2: 'adopted'
            {
             before(grammarAccess.getPlanAccess().getAdoptedKeyword_4_0()); 
            match(input,34,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getAdoptedKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__0__Impl"


    // $ANTLR start "rule__Plan__Group_4__1"
    // InternalItup.g:1957:1: rule__Plan__Group_4__1 : rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2 ;
    public final void rule__Plan__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1961:1: ( rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2 )
            // InternalItup.g:1962:2: rule__Plan__Group_4__1__Impl rule__Plan__Group_4__2
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__1"


    // $ANTLR start "rule__Plan__Group_4__1__Impl"
    // InternalItup.g:1969:1: rule__Plan__Group_4__1__Impl : ( 'by' ) ;
    public final void rule__Plan__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1973:1: ( ( 'by' ) )
            // InternalItup.g:1974:1: ( 'by' )
            {
            // InternalItup.g:1974:1: ( 'by' )
            // InternalItup.g:1975:2: 'by'
            {
             before(grammarAccess.getPlanAccess().getByKeyword_4_1()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getByKeyword_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__1__Impl"


    // $ANTLR start "rule__Plan__Group_4__2"
    // InternalItup.g:1984:1: rule__Plan__Group_4__2 : rule__Plan__Group_4__2__Impl ;
    public final void rule__Plan__Group_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1988:1: ( rule__Plan__Group_4__2__Impl )
            // InternalItup.g:1989:2: rule__Plan__Group_4__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_4__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__2"


    // $ANTLR start "rule__Plan__Group_4__2__Impl"
    // InternalItup.g:1995:1: rule__Plan__Group_4__2__Impl : ( ( rule__Plan__AdoptedByAssignment_4_2 ) ) ;
    public final void rule__Plan__Group_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:1999:1: ( ( ( rule__Plan__AdoptedByAssignment_4_2 ) ) )
            // InternalItup.g:2000:1: ( ( rule__Plan__AdoptedByAssignment_4_2 ) )
            {
            // InternalItup.g:2000:1: ( ( rule__Plan__AdoptedByAssignment_4_2 ) )
            // InternalItup.g:2001:2: ( rule__Plan__AdoptedByAssignment_4_2 )
            {
             before(grammarAccess.getPlanAccess().getAdoptedByAssignment_4_2()); 
            // InternalItup.g:2002:2: ( rule__Plan__AdoptedByAssignment_4_2 )
            // InternalItup.g:2002:3: rule__Plan__AdoptedByAssignment_4_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__AdoptedByAssignment_4_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getAdoptedByAssignment_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_4__2__Impl"


    // $ANTLR start "rule__Plan__Group_6__0"
    // InternalItup.g:2011:1: rule__Plan__Group_6__0 : rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1 ;
    public final void rule__Plan__Group_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2015:1: ( rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1 )
            // InternalItup.g:2016:2: rule__Plan__Group_6__0__Impl rule__Plan__Group_6__1
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__0"


    // $ANTLR start "rule__Plan__Group_6__0__Impl"
    // InternalItup.g:2023:1: rule__Plan__Group_6__0__Impl : ( 'vision' ) ;
    public final void rule__Plan__Group_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2027:1: ( ( 'vision' ) )
            // InternalItup.g:2028:1: ( 'vision' )
            {
            // InternalItup.g:2028:1: ( 'vision' )
            // InternalItup.g:2029:2: 'vision'
            {
             before(grammarAccess.getPlanAccess().getVisionKeyword_6_0()); 
            match(input,36,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getVisionKeyword_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__0__Impl"


    // $ANTLR start "rule__Plan__Group_6__1"
    // InternalItup.g:2038:1: rule__Plan__Group_6__1 : rule__Plan__Group_6__1__Impl ;
    public final void rule__Plan__Group_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2042:1: ( rule__Plan__Group_6__1__Impl )
            // InternalItup.g:2043:2: rule__Plan__Group_6__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_6__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__1"


    // $ANTLR start "rule__Plan__Group_6__1__Impl"
    // InternalItup.g:2049:1: rule__Plan__Group_6__1__Impl : ( ( rule__Plan__VisionAssignment_6_1 ) ) ;
    public final void rule__Plan__Group_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2053:1: ( ( ( rule__Plan__VisionAssignment_6_1 ) ) )
            // InternalItup.g:2054:1: ( ( rule__Plan__VisionAssignment_6_1 ) )
            {
            // InternalItup.g:2054:1: ( ( rule__Plan__VisionAssignment_6_1 ) )
            // InternalItup.g:2055:2: ( rule__Plan__VisionAssignment_6_1 )
            {
             before(grammarAccess.getPlanAccess().getVisionAssignment_6_1()); 
            // InternalItup.g:2056:2: ( rule__Plan__VisionAssignment_6_1 )
            // InternalItup.g:2056:3: rule__Plan__VisionAssignment_6_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__VisionAssignment_6_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getVisionAssignment_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_6__1__Impl"


    // $ANTLR start "rule__Plan__Group_7__0"
    // InternalItup.g:2065:1: rule__Plan__Group_7__0 : rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1 ;
    public final void rule__Plan__Group_7__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2069:1: ( rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1 )
            // InternalItup.g:2070:2: rule__Plan__Group_7__0__Impl rule__Plan__Group_7__1
            {
            pushFollow(FOLLOW_10);
            rule__Plan__Group_7__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_7__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__0"


    // $ANTLR start "rule__Plan__Group_7__0__Impl"
    // InternalItup.g:2077:1: rule__Plan__Group_7__0__Impl : ( 'mission' ) ;
    public final void rule__Plan__Group_7__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2081:1: ( ( 'mission' ) )
            // InternalItup.g:2082:1: ( 'mission' )
            {
            // InternalItup.g:2082:1: ( 'mission' )
            // InternalItup.g:2083:2: 'mission'
            {
             before(grammarAccess.getPlanAccess().getMissionKeyword_7_0()); 
            match(input,37,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getMissionKeyword_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__0__Impl"


    // $ANTLR start "rule__Plan__Group_7__1"
    // InternalItup.g:2092:1: rule__Plan__Group_7__1 : rule__Plan__Group_7__1__Impl ;
    public final void rule__Plan__Group_7__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2096:1: ( rule__Plan__Group_7__1__Impl )
            // InternalItup.g:2097:2: rule__Plan__Group_7__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_7__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__1"


    // $ANTLR start "rule__Plan__Group_7__1__Impl"
    // InternalItup.g:2103:1: rule__Plan__Group_7__1__Impl : ( ( rule__Plan__MissionAssignment_7_1 ) ) ;
    public final void rule__Plan__Group_7__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2107:1: ( ( ( rule__Plan__MissionAssignment_7_1 ) ) )
            // InternalItup.g:2108:1: ( ( rule__Plan__MissionAssignment_7_1 ) )
            {
            // InternalItup.g:2108:1: ( ( rule__Plan__MissionAssignment_7_1 ) )
            // InternalItup.g:2109:2: ( rule__Plan__MissionAssignment_7_1 )
            {
             before(grammarAccess.getPlanAccess().getMissionAssignment_7_1()); 
            // InternalItup.g:2110:2: ( rule__Plan__MissionAssignment_7_1 )
            // InternalItup.g:2110:3: rule__Plan__MissionAssignment_7_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__MissionAssignment_7_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getMissionAssignment_7_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_7__1__Impl"


    // $ANTLR start "rule__Plan__Group_8__0"
    // InternalItup.g:2119:1: rule__Plan__Group_8__0 : rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1 ;
    public final void rule__Plan__Group_8__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2123:1: ( rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1 )
            // InternalItup.g:2124:2: rule__Plan__Group_8__0__Impl rule__Plan__Group_8__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_8__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__0"


    // $ANTLR start "rule__Plan__Group_8__0__Impl"
    // InternalItup.g:2131:1: rule__Plan__Group_8__0__Impl : ( 'sectors' ) ;
    public final void rule__Plan__Group_8__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2135:1: ( ( 'sectors' ) )
            // InternalItup.g:2136:1: ( 'sectors' )
            {
            // InternalItup.g:2136:1: ( 'sectors' )
            // InternalItup.g:2137:2: 'sectors'
            {
             before(grammarAccess.getPlanAccess().getSectorsKeyword_8_0()); 
            match(input,38,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSectorsKeyword_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__0__Impl"


    // $ANTLR start "rule__Plan__Group_8__1"
    // InternalItup.g:2146:1: rule__Plan__Group_8__1 : rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2 ;
    public final void rule__Plan__Group_8__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2150:1: ( rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2 )
            // InternalItup.g:2151:2: rule__Plan__Group_8__1__Impl rule__Plan__Group_8__2
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_8__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__1"


    // $ANTLR start "rule__Plan__Group_8__1__Impl"
    // InternalItup.g:2158:1: rule__Plan__Group_8__1__Impl : ( ( rule__Plan__SectorOrderAssignment_8_1 ) ) ;
    public final void rule__Plan__Group_8__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2162:1: ( ( ( rule__Plan__SectorOrderAssignment_8_1 ) ) )
            // InternalItup.g:2163:1: ( ( rule__Plan__SectorOrderAssignment_8_1 ) )
            {
            // InternalItup.g:2163:1: ( ( rule__Plan__SectorOrderAssignment_8_1 ) )
            // InternalItup.g:2164:2: ( rule__Plan__SectorOrderAssignment_8_1 )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_1()); 
            // InternalItup.g:2165:2: ( rule__Plan__SectorOrderAssignment_8_1 )
            // InternalItup.g:2165:3: rule__Plan__SectorOrderAssignment_8_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SectorOrderAssignment_8_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__1__Impl"


    // $ANTLR start "rule__Plan__Group_8__2"
    // InternalItup.g:2173:1: rule__Plan__Group_8__2 : rule__Plan__Group_8__2__Impl ;
    public final void rule__Plan__Group_8__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2177:1: ( rule__Plan__Group_8__2__Impl )
            // InternalItup.g:2178:2: rule__Plan__Group_8__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_8__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__2"


    // $ANTLR start "rule__Plan__Group_8__2__Impl"
    // InternalItup.g:2184:1: rule__Plan__Group_8__2__Impl : ( ( rule__Plan__Group_8_2__0 )* ) ;
    public final void rule__Plan__Group_8__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2188:1: ( ( ( rule__Plan__Group_8_2__0 )* ) )
            // InternalItup.g:2189:1: ( ( rule__Plan__Group_8_2__0 )* )
            {
            // InternalItup.g:2189:1: ( ( rule__Plan__Group_8_2__0 )* )
            // InternalItup.g:2190:2: ( rule__Plan__Group_8_2__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_8_2()); 
            // InternalItup.g:2191:2: ( rule__Plan__Group_8_2__0 )*
            loop31:
            do {
                int alt31=2;
                int LA31_0 = input.LA(1);

                if ( (LA31_0==39) ) {
                    alt31=1;
                }


                switch (alt31) {
            	case 1 :
            	    // InternalItup.g:2191:3: rule__Plan__Group_8_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_8_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop31;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_8_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8__2__Impl"


    // $ANTLR start "rule__Plan__Group_8_2__0"
    // InternalItup.g:2200:1: rule__Plan__Group_8_2__0 : rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1 ;
    public final void rule__Plan__Group_8_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2204:1: ( rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1 )
            // InternalItup.g:2205:2: rule__Plan__Group_8_2__0__Impl rule__Plan__Group_8_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_8_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_8_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__0"


    // $ANTLR start "rule__Plan__Group_8_2__0__Impl"
    // InternalItup.g:2212:1: rule__Plan__Group_8_2__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_8_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2216:1: ( ( ',' ) )
            // InternalItup.g:2217:1: ( ',' )
            {
            // InternalItup.g:2217:1: ( ',' )
            // InternalItup.g:2218:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_8_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_8_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__0__Impl"


    // $ANTLR start "rule__Plan__Group_8_2__1"
    // InternalItup.g:2227:1: rule__Plan__Group_8_2__1 : rule__Plan__Group_8_2__1__Impl ;
    public final void rule__Plan__Group_8_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2231:1: ( rule__Plan__Group_8_2__1__Impl )
            // InternalItup.g:2232:2: rule__Plan__Group_8_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_8_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__1"


    // $ANTLR start "rule__Plan__Group_8_2__1__Impl"
    // InternalItup.g:2238:1: rule__Plan__Group_8_2__1__Impl : ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) ) ;
    public final void rule__Plan__Group_8_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2242:1: ( ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) ) )
            // InternalItup.g:2243:1: ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) )
            {
            // InternalItup.g:2243:1: ( ( rule__Plan__SectorOrderAssignment_8_2_1 ) )
            // InternalItup.g:2244:2: ( rule__Plan__SectorOrderAssignment_8_2_1 )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_2_1()); 
            // InternalItup.g:2245:2: ( rule__Plan__SectorOrderAssignment_8_2_1 )
            // InternalItup.g:2245:3: rule__Plan__SectorOrderAssignment_8_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SectorOrderAssignment_8_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSectorOrderAssignment_8_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_8_2__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__0"
    // InternalItup.g:2254:1: rule__Plan__Group_9_4__0 : rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1 ;
    public final void rule__Plan__Group_9_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2258:1: ( rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1 )
            // InternalItup.g:2259:2: rule__Plan__Group_9_4__0__Impl rule__Plan__Group_9_4__1
            {
            pushFollow(FOLLOW_14);
            rule__Plan__Group_9_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__0"


    // $ANTLR start "rule__Plan__Group_9_4__0__Impl"
    // InternalItup.g:2266:1: rule__Plan__Group_9_4__0__Impl : ( 'swot' ) ;
    public final void rule__Plan__Group_9_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2270:1: ( ( 'swot' ) )
            // InternalItup.g:2271:1: ( 'swot' )
            {
            // InternalItup.g:2271:1: ( 'swot' )
            // InternalItup.g:2272:2: 'swot'
            {
             before(grammarAccess.getPlanAccess().getSwotKeyword_9_4_0()); 
            match(input,40,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSwotKeyword_9_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__1"
    // InternalItup.g:2281:1: rule__Plan__Group_9_4__1 : rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2 ;
    public final void rule__Plan__Group_9_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2285:1: ( rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2 )
            // InternalItup.g:2286:2: rule__Plan__Group_9_4__1__Impl rule__Plan__Group_9_4__2
            {
            pushFollow(FOLLOW_15);
            rule__Plan__Group_9_4__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__1"


    // $ANTLR start "rule__Plan__Group_9_4__1__Impl"
    // InternalItup.g:2293:1: rule__Plan__Group_9_4__1__Impl : ( '{' ) ;
    public final void rule__Plan__Group_9_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2297:1: ( ( '{' ) )
            // InternalItup.g:2298:1: ( '{' )
            {
            // InternalItup.g:2298:1: ( '{' )
            // InternalItup.g:2299:2: '{'
            {
             before(grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getLeftCurlyBracketKeyword_9_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__2"
    // InternalItup.g:2308:1: rule__Plan__Group_9_4__2 : rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3 ;
    public final void rule__Plan__Group_9_4__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2312:1: ( rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3 )
            // InternalItup.g:2313:2: rule__Plan__Group_9_4__2__Impl rule__Plan__Group_9_4__3
            {
            pushFollow(FOLLOW_15);
            rule__Plan__Group_9_4__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__2"


    // $ANTLR start "rule__Plan__Group_9_4__2__Impl"
    // InternalItup.g:2320:1: rule__Plan__Group_9_4__2__Impl : ( ( rule__Plan__SwotAssignment_9_4_2 )* ) ;
    public final void rule__Plan__Group_9_4__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2324:1: ( ( ( rule__Plan__SwotAssignment_9_4_2 )* ) )
            // InternalItup.g:2325:1: ( ( rule__Plan__SwotAssignment_9_4_2 )* )
            {
            // InternalItup.g:2325:1: ( ( rule__Plan__SwotAssignment_9_4_2 )* )
            // InternalItup.g:2326:2: ( rule__Plan__SwotAssignment_9_4_2 )*
            {
             before(grammarAccess.getPlanAccess().getSwotAssignment_9_4_2()); 
            // InternalItup.g:2327:2: ( rule__Plan__SwotAssignment_9_4_2 )*
            loop32:
            do {
                int alt32=2;
                int LA32_0 = input.LA(1);

                if ( ((LA32_0>=28 && LA32_0<=31)) ) {
                    alt32=1;
                }


                switch (alt32) {
            	case 1 :
            	    // InternalItup.g:2327:3: rule__Plan__SwotAssignment_9_4_2
            	    {
            	    pushFollow(FOLLOW_16);
            	    rule__Plan__SwotAssignment_9_4_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop32;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getSwotAssignment_9_4_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_4__3"
    // InternalItup.g:2335:1: rule__Plan__Group_9_4__3 : rule__Plan__Group_9_4__3__Impl ;
    public final void rule__Plan__Group_9_4__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2339:1: ( rule__Plan__Group_9_4__3__Impl )
            // InternalItup.g:2340:2: rule__Plan__Group_9_4__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_4__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__3"


    // $ANTLR start "rule__Plan__Group_9_4__3__Impl"
    // InternalItup.g:2346:1: rule__Plan__Group_9_4__3__Impl : ( '}' ) ;
    public final void rule__Plan__Group_9_4__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2350:1: ( ( '}' ) )
            // InternalItup.g:2351:1: ( '}' )
            {
            // InternalItup.g:2351:1: ( '}' )
            // InternalItup.g:2352:2: '}'
            {
             before(grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getRightCurlyBracketKeyword_9_4_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_4__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__0"
    // InternalItup.g:2362:1: rule__Plan__Group_9_5__0 : rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1 ;
    public final void rule__Plan__Group_9_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2366:1: ( rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1 )
            // InternalItup.g:2367:2: rule__Plan__Group_9_5__0__Impl rule__Plan__Group_9_5__1
            {
            pushFollow(FOLLOW_17);
            rule__Plan__Group_9_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__0"


    // $ANTLR start "rule__Plan__Group_9_5__0__Impl"
    // InternalItup.g:2374:1: rule__Plan__Group_9_5__0__Impl : ( 'wsis' ) ;
    public final void rule__Plan__Group_9_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2378:1: ( ( 'wsis' ) )
            // InternalItup.g:2379:1: ( 'wsis' )
            {
            // InternalItup.g:2379:1: ( 'wsis' )
            // InternalItup.g:2380:2: 'wsis'
            {
             before(grammarAccess.getPlanAccess().getWsisKeyword_9_5_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getWsisKeyword_9_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__1"
    // InternalItup.g:2389:1: rule__Plan__Group_9_5__1 : rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2 ;
    public final void rule__Plan__Group_9_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2393:1: ( rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2 )
            // InternalItup.g:2394:2: rule__Plan__Group_9_5__1__Impl rule__Plan__Group_9_5__2
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_5__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__1"


    // $ANTLR start "rule__Plan__Group_9_5__1__Impl"
    // InternalItup.g:2401:1: rule__Plan__Group_9_5__1__Impl : ( 'facilitator' ) ;
    public final void rule__Plan__Group_9_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2405:1: ( ( 'facilitator' ) )
            // InternalItup.g:2406:1: ( 'facilitator' )
            {
            // InternalItup.g:2406:1: ( 'facilitator' )
            // InternalItup.g:2407:2: 'facilitator'
            {
             before(grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1()); 
            match(input,44,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getFacilitatorKeyword_9_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__2"
    // InternalItup.g:2416:1: rule__Plan__Group_9_5__2 : rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3 ;
    public final void rule__Plan__Group_9_5__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2420:1: ( rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3 )
            // InternalItup.g:2421:2: rule__Plan__Group_9_5__2__Impl rule__Plan__Group_9_5__3
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_5__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__2"


    // $ANTLR start "rule__Plan__Group_9_5__2__Impl"
    // InternalItup.g:2428:1: rule__Plan__Group_9_5__2__Impl : ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) ) ;
    public final void rule__Plan__Group_9_5__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2432:1: ( ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) ) )
            // InternalItup.g:2433:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) )
            {
            // InternalItup.g:2433:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_2 ) )
            // InternalItup.g:2434:2: ( rule__Plan__WsisActionLinesAssignment_9_5_2 )
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_2()); 
            // InternalItup.g:2435:2: ( rule__Plan__WsisActionLinesAssignment_9_5_2 )
            // InternalItup.g:2435:3: rule__Plan__WsisActionLinesAssignment_9_5_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__WsisActionLinesAssignment_9_5_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_5__3"
    // InternalItup.g:2443:1: rule__Plan__Group_9_5__3 : rule__Plan__Group_9_5__3__Impl ;
    public final void rule__Plan__Group_9_5__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2447:1: ( rule__Plan__Group_9_5__3__Impl )
            // InternalItup.g:2448:2: rule__Plan__Group_9_5__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__3"


    // $ANTLR start "rule__Plan__Group_9_5__3__Impl"
    // InternalItup.g:2454:1: rule__Plan__Group_9_5__3__Impl : ( ( rule__Plan__Group_9_5_3__0 )* ) ;
    public final void rule__Plan__Group_9_5__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2458:1: ( ( ( rule__Plan__Group_9_5_3__0 )* ) )
            // InternalItup.g:2459:1: ( ( rule__Plan__Group_9_5_3__0 )* )
            {
            // InternalItup.g:2459:1: ( ( rule__Plan__Group_9_5_3__0 )* )
            // InternalItup.g:2460:2: ( rule__Plan__Group_9_5_3__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_9_5_3()); 
            // InternalItup.g:2461:2: ( rule__Plan__Group_9_5_3__0 )*
            loop33:
            do {
                int alt33=2;
                int LA33_0 = input.LA(1);

                if ( (LA33_0==39) ) {
                    alt33=1;
                }


                switch (alt33) {
            	case 1 :
            	    // InternalItup.g:2461:3: rule__Plan__Group_9_5_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_9_5_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop33;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_9_5_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_5_3__0"
    // InternalItup.g:2470:1: rule__Plan__Group_9_5_3__0 : rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1 ;
    public final void rule__Plan__Group_9_5_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2474:1: ( rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1 )
            // InternalItup.g:2475:2: rule__Plan__Group_9_5_3__0__Impl rule__Plan__Group_9_5_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_5_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__0"


    // $ANTLR start "rule__Plan__Group_9_5_3__0__Impl"
    // InternalItup.g:2482:1: rule__Plan__Group_9_5_3__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_9_5_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2486:1: ( ( ',' ) )
            // InternalItup.g:2487:1: ( ',' )
            {
            // InternalItup.g:2487:1: ( ',' )
            // InternalItup.g:2488:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_9_5_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_5_3__1"
    // InternalItup.g:2497:1: rule__Plan__Group_9_5_3__1 : rule__Plan__Group_9_5_3__1__Impl ;
    public final void rule__Plan__Group_9_5_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2501:1: ( rule__Plan__Group_9_5_3__1__Impl )
            // InternalItup.g:2502:2: rule__Plan__Group_9_5_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_5_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__1"


    // $ANTLR start "rule__Plan__Group_9_5_3__1__Impl"
    // InternalItup.g:2508:1: rule__Plan__Group_9_5_3__1__Impl : ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) ) ;
    public final void rule__Plan__Group_9_5_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2512:1: ( ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) ) )
            // InternalItup.g:2513:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) )
            {
            // InternalItup.g:2513:1: ( ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 ) )
            // InternalItup.g:2514:2: ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 )
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_3_1()); 
            // InternalItup.g:2515:2: ( rule__Plan__WsisActionLinesAssignment_9_5_3_1 )
            // InternalItup.g:2515:3: rule__Plan__WsisActionLinesAssignment_9_5_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__WsisActionLinesAssignment_9_5_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getWsisActionLinesAssignment_9_5_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_5_3__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__0"
    // InternalItup.g:2524:1: rule__Plan__Group_9_6__0 : rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1 ;
    public final void rule__Plan__Group_9_6__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2528:1: ( rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1 )
            // InternalItup.g:2529:2: rule__Plan__Group_9_6__0__Impl rule__Plan__Group_9_6__1
            {
            pushFollow(FOLLOW_18);
            rule__Plan__Group_9_6__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__0"


    // $ANTLR start "rule__Plan__Group_9_6__0__Impl"
    // InternalItup.g:2536:1: rule__Plan__Group_9_6__0__Impl : ( 'sdg' ) ;
    public final void rule__Plan__Group_9_6__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2540:1: ( ( 'sdg' ) )
            // InternalItup.g:2541:1: ( 'sdg' )
            {
            // InternalItup.g:2541:1: ( 'sdg' )
            // InternalItup.g:2542:2: 'sdg'
            {
             before(grammarAccess.getPlanAccess().getSdgKeyword_9_6_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getSdgKeyword_9_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__1"
    // InternalItup.g:2551:1: rule__Plan__Group_9_6__1 : rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2 ;
    public final void rule__Plan__Group_9_6__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2555:1: ( rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2 )
            // InternalItup.g:2556:2: rule__Plan__Group_9_6__1__Impl rule__Plan__Group_9_6__2
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_6__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__1"


    // $ANTLR start "rule__Plan__Group_9_6__1__Impl"
    // InternalItup.g:2563:1: rule__Plan__Group_9_6__1__Impl : ( 'custodian' ) ;
    public final void rule__Plan__Group_9_6__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2567:1: ( ( 'custodian' ) )
            // InternalItup.g:2568:1: ( 'custodian' )
            {
            // InternalItup.g:2568:1: ( 'custodian' )
            // InternalItup.g:2569:2: 'custodian'
            {
             before(grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1()); 
            match(input,46,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCustodianKeyword_9_6_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__1__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__2"
    // InternalItup.g:2578:1: rule__Plan__Group_9_6__2 : rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3 ;
    public final void rule__Plan__Group_9_6__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2582:1: ( rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3 )
            // InternalItup.g:2583:2: rule__Plan__Group_9_6__2__Impl rule__Plan__Group_9_6__3
            {
            pushFollow(FOLLOW_12);
            rule__Plan__Group_9_6__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__2"


    // $ANTLR start "rule__Plan__Group_9_6__2__Impl"
    // InternalItup.g:2590:1: rule__Plan__Group_9_6__2__Impl : ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) ) ;
    public final void rule__Plan__Group_9_6__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2594:1: ( ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) ) )
            // InternalItup.g:2595:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) )
            {
            // InternalItup.g:2595:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 ) )
            // InternalItup.g:2596:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 )
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_2()); 
            // InternalItup.g:2597:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 )
            // InternalItup.g:2597:3: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__2__Impl"


    // $ANTLR start "rule__Plan__Group_9_6__3"
    // InternalItup.g:2605:1: rule__Plan__Group_9_6__3 : rule__Plan__Group_9_6__3__Impl ;
    public final void rule__Plan__Group_9_6__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2609:1: ( rule__Plan__Group_9_6__3__Impl )
            // InternalItup.g:2610:2: rule__Plan__Group_9_6__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__3"


    // $ANTLR start "rule__Plan__Group_9_6__3__Impl"
    // InternalItup.g:2616:1: rule__Plan__Group_9_6__3__Impl : ( ( rule__Plan__Group_9_6_3__0 )* ) ;
    public final void rule__Plan__Group_9_6__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2620:1: ( ( ( rule__Plan__Group_9_6_3__0 )* ) )
            // InternalItup.g:2621:1: ( ( rule__Plan__Group_9_6_3__0 )* )
            {
            // InternalItup.g:2621:1: ( ( rule__Plan__Group_9_6_3__0 )* )
            // InternalItup.g:2622:2: ( rule__Plan__Group_9_6_3__0 )*
            {
             before(grammarAccess.getPlanAccess().getGroup_9_6_3()); 
            // InternalItup.g:2623:2: ( rule__Plan__Group_9_6_3__0 )*
            loop34:
            do {
                int alt34=2;
                int LA34_0 = input.LA(1);

                if ( (LA34_0==39) ) {
                    alt34=1;
                }


                switch (alt34) {
            	case 1 :
            	    // InternalItup.g:2623:3: rule__Plan__Group_9_6_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Plan__Group_9_6_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop34;
                }
            } while (true);

             after(grammarAccess.getPlanAccess().getGroup_9_6_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6__3__Impl"


    // $ANTLR start "rule__Plan__Group_9_6_3__0"
    // InternalItup.g:2632:1: rule__Plan__Group_9_6_3__0 : rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1 ;
    public final void rule__Plan__Group_9_6_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2636:1: ( rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1 )
            // InternalItup.g:2637:2: rule__Plan__Group_9_6_3__0__Impl rule__Plan__Group_9_6_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Plan__Group_9_6_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__0"


    // $ANTLR start "rule__Plan__Group_9_6_3__0__Impl"
    // InternalItup.g:2644:1: rule__Plan__Group_9_6_3__0__Impl : ( ',' ) ;
    public final void rule__Plan__Group_9_6_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2648:1: ( ( ',' ) )
            // InternalItup.g:2649:1: ( ',' )
            {
            // InternalItup.g:2649:1: ( ',' )
            // InternalItup.g:2650:2: ','
            {
             before(grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getCommaKeyword_9_6_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__0__Impl"


    // $ANTLR start "rule__Plan__Group_9_6_3__1"
    // InternalItup.g:2659:1: rule__Plan__Group_9_6_3__1 : rule__Plan__Group_9_6_3__1__Impl ;
    public final void rule__Plan__Group_9_6_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2663:1: ( rule__Plan__Group_9_6_3__1__Impl )
            // InternalItup.g:2664:2: rule__Plan__Group_9_6_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Plan__Group_9_6_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__1"


    // $ANTLR start "rule__Plan__Group_9_6_3__1__Impl"
    // InternalItup.g:2670:1: rule__Plan__Group_9_6_3__1__Impl : ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) ) ;
    public final void rule__Plan__Group_9_6_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2674:1: ( ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) ) )
            // InternalItup.g:2675:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) )
            {
            // InternalItup.g:2675:1: ( ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 ) )
            // InternalItup.g:2676:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 )
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_3_1()); 
            // InternalItup.g:2677:2: ( rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 )
            // InternalItup.g:2677:3: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsAssignment_9_6_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__Group_9_6_3__1__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__0"
    // InternalItup.g:2686:1: rule__OperationalPlan__Group__0 : rule__OperationalPlan__Group__0__Impl rule__OperationalPlan__Group__1 ;
    public final void rule__OperationalPlan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2690:1: ( rule__OperationalPlan__Group__0__Impl rule__OperationalPlan__Group__1 )
            // InternalItup.g:2691:2: rule__OperationalPlan__Group__0__Impl rule__OperationalPlan__Group__1
            {
            pushFollow(FOLLOW_19);
            rule__OperationalPlan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__0"


    // $ANTLR start "rule__OperationalPlan__Group__0__Impl"
    // InternalItup.g:2698:1: rule__OperationalPlan__Group__0__Impl : ( 'operational' ) ;
    public final void rule__OperationalPlan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2702:1: ( ( 'operational' ) )
            // InternalItup.g:2703:1: ( 'operational' )
            {
            // InternalItup.g:2703:1: ( 'operational' )
            // InternalItup.g:2704:2: 'operational'
            {
             before(grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0()); 
            match(input,47,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getOperationalKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__0__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__1"
    // InternalItup.g:2713:1: rule__OperationalPlan__Group__1 : rule__OperationalPlan__Group__1__Impl rule__OperationalPlan__Group__2 ;
    public final void rule__OperationalPlan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2717:1: ( rule__OperationalPlan__Group__1__Impl rule__OperationalPlan__Group__2 )
            // InternalItup.g:2718:2: rule__OperationalPlan__Group__1__Impl rule__OperationalPlan__Group__2
            {
            pushFollow(FOLLOW_3);
            rule__OperationalPlan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__1"


    // $ANTLR start "rule__OperationalPlan__Group__1__Impl"
    // InternalItup.g:2725:1: rule__OperationalPlan__Group__1__Impl : ( 'plan' ) ;
    public final void rule__OperationalPlan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2729:1: ( ( 'plan' ) )
            // InternalItup.g:2730:1: ( 'plan' )
            {
            // InternalItup.g:2730:1: ( 'plan' )
            // InternalItup.g:2731:2: 'plan'
            {
             before(grammarAccess.getOperationalPlanAccess().getPlanKeyword_1()); 
            match(input,12,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getPlanKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__1__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__2"
    // InternalItup.g:2740:1: rule__OperationalPlan__Group__2 : rule__OperationalPlan__Group__2__Impl rule__OperationalPlan__Group__3 ;
    public final void rule__OperationalPlan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2744:1: ( rule__OperationalPlan__Group__2__Impl rule__OperationalPlan__Group__3 )
            // InternalItup.g:2745:2: rule__OperationalPlan__Group__2__Impl rule__OperationalPlan__Group__3
            {
            pushFollow(FOLLOW_20);
            rule__OperationalPlan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__2"


    // $ANTLR start "rule__OperationalPlan__Group__2__Impl"
    // InternalItup.g:2752:1: rule__OperationalPlan__Group__2__Impl : ( ( rule__OperationalPlan__NameAssignment_2 ) ) ;
    public final void rule__OperationalPlan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2756:1: ( ( ( rule__OperationalPlan__NameAssignment_2 ) ) )
            // InternalItup.g:2757:1: ( ( rule__OperationalPlan__NameAssignment_2 ) )
            {
            // InternalItup.g:2757:1: ( ( rule__OperationalPlan__NameAssignment_2 ) )
            // InternalItup.g:2758:2: ( rule__OperationalPlan__NameAssignment_2 )
            {
             before(grammarAccess.getOperationalPlanAccess().getNameAssignment_2()); 
            // InternalItup.g:2759:2: ( rule__OperationalPlan__NameAssignment_2 )
            // InternalItup.g:2759:3: rule__OperationalPlan__NameAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__NameAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getNameAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__2__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__3"
    // InternalItup.g:2767:1: rule__OperationalPlan__Group__3 : rule__OperationalPlan__Group__3__Impl rule__OperationalPlan__Group__4 ;
    public final void rule__OperationalPlan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2771:1: ( rule__OperationalPlan__Group__3__Impl rule__OperationalPlan__Group__4 )
            // InternalItup.g:2772:2: rule__OperationalPlan__Group__3__Impl rule__OperationalPlan__Group__4
            {
            pushFollow(FOLLOW_11);
            rule__OperationalPlan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__3"


    // $ANTLR start "rule__OperationalPlan__Group__3__Impl"
    // InternalItup.g:2779:1: rule__OperationalPlan__Group__3__Impl : ( 'for' ) ;
    public final void rule__OperationalPlan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2783:1: ( ( 'for' ) )
            // InternalItup.g:2784:1: ( 'for' )
            {
            // InternalItup.g:2784:1: ( 'for' )
            // InternalItup.g:2785:2: 'for'
            {
             before(grammarAccess.getOperationalPlanAccess().getForKeyword_3()); 
            match(input,48,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getForKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__3__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__4"
    // InternalItup.g:2794:1: rule__OperationalPlan__Group__4 : rule__OperationalPlan__Group__4__Impl rule__OperationalPlan__Group__5 ;
    public final void rule__OperationalPlan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2798:1: ( rule__OperationalPlan__Group__4__Impl rule__OperationalPlan__Group__5 )
            // InternalItup.g:2799:2: rule__OperationalPlan__Group__4__Impl rule__OperationalPlan__Group__5
            {
            pushFollow(FOLLOW_21);
            rule__OperationalPlan__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__4"


    // $ANTLR start "rule__OperationalPlan__Group__4__Impl"
    // InternalItup.g:2806:1: rule__OperationalPlan__Group__4__Impl : ( ( rule__OperationalPlan__SectorAssignment_4 ) ) ;
    public final void rule__OperationalPlan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2810:1: ( ( ( rule__OperationalPlan__SectorAssignment_4 ) ) )
            // InternalItup.g:2811:1: ( ( rule__OperationalPlan__SectorAssignment_4 ) )
            {
            // InternalItup.g:2811:1: ( ( rule__OperationalPlan__SectorAssignment_4 ) )
            // InternalItup.g:2812:2: ( rule__OperationalPlan__SectorAssignment_4 )
            {
             before(grammarAccess.getOperationalPlanAccess().getSectorAssignment_4()); 
            // InternalItup.g:2813:2: ( rule__OperationalPlan__SectorAssignment_4 )
            // InternalItup.g:2813:3: rule__OperationalPlan__SectorAssignment_4
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__SectorAssignment_4();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getSectorAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__4__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__5"
    // InternalItup.g:2821:1: rule__OperationalPlan__Group__5 : rule__OperationalPlan__Group__5__Impl rule__OperationalPlan__Group__6 ;
    public final void rule__OperationalPlan__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2825:1: ( rule__OperationalPlan__Group__5__Impl rule__OperationalPlan__Group__6 )
            // InternalItup.g:2826:2: rule__OperationalPlan__Group__5__Impl rule__OperationalPlan__Group__6
            {
            pushFollow(FOLLOW_7);
            rule__OperationalPlan__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__5"


    // $ANTLR start "rule__OperationalPlan__Group__5__Impl"
    // InternalItup.g:2833:1: rule__OperationalPlan__Group__5__Impl : ( 'year' ) ;
    public final void rule__OperationalPlan__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2837:1: ( ( 'year' ) )
            // InternalItup.g:2838:1: ( 'year' )
            {
            // InternalItup.g:2838:1: ( 'year' )
            // InternalItup.g:2839:2: 'year'
            {
             before(grammarAccess.getOperationalPlanAccess().getYearKeyword_5()); 
            match(input,49,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getYearKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__5__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__6"
    // InternalItup.g:2848:1: rule__OperationalPlan__Group__6 : rule__OperationalPlan__Group__6__Impl rule__OperationalPlan__Group__7 ;
    public final void rule__OperationalPlan__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2852:1: ( rule__OperationalPlan__Group__6__Impl rule__OperationalPlan__Group__7 )
            // InternalItup.g:2853:2: rule__OperationalPlan__Group__6__Impl rule__OperationalPlan__Group__7
            {
            pushFollow(FOLLOW_22);
            rule__OperationalPlan__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__6"


    // $ANTLR start "rule__OperationalPlan__Group__6__Impl"
    // InternalItup.g:2860:1: rule__OperationalPlan__Group__6__Impl : ( ( rule__OperationalPlan__YearAssignment_6 ) ) ;
    public final void rule__OperationalPlan__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2864:1: ( ( ( rule__OperationalPlan__YearAssignment_6 ) ) )
            // InternalItup.g:2865:1: ( ( rule__OperationalPlan__YearAssignment_6 ) )
            {
            // InternalItup.g:2865:1: ( ( rule__OperationalPlan__YearAssignment_6 ) )
            // InternalItup.g:2866:2: ( rule__OperationalPlan__YearAssignment_6 )
            {
             before(grammarAccess.getOperationalPlanAccess().getYearAssignment_6()); 
            // InternalItup.g:2867:2: ( rule__OperationalPlan__YearAssignment_6 )
            // InternalItup.g:2867:3: rule__OperationalPlan__YearAssignment_6
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__YearAssignment_6();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getYearAssignment_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__6__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__7"
    // InternalItup.g:2875:1: rule__OperationalPlan__Group__7 : rule__OperationalPlan__Group__7__Impl rule__OperationalPlan__Group__8 ;
    public final void rule__OperationalPlan__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2879:1: ( rule__OperationalPlan__Group__7__Impl rule__OperationalPlan__Group__8 )
            // InternalItup.g:2880:2: rule__OperationalPlan__Group__7__Impl rule__OperationalPlan__Group__8
            {
            pushFollow(FOLLOW_3);
            rule__OperationalPlan__Group__7__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__8();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__7"


    // $ANTLR start "rule__OperationalPlan__Group__7__Impl"
    // InternalItup.g:2887:1: rule__OperationalPlan__Group__7__Impl : ( 'implements' ) ;
    public final void rule__OperationalPlan__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2891:1: ( ( 'implements' ) )
            // InternalItup.g:2892:1: ( 'implements' )
            {
            // InternalItup.g:2892:1: ( 'implements' )
            // InternalItup.g:2893:2: 'implements'
            {
             before(grammarAccess.getOperationalPlanAccess().getImplementsKeyword_7()); 
            match(input,50,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getImplementsKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__7__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__8"
    // InternalItup.g:2902:1: rule__OperationalPlan__Group__8 : rule__OperationalPlan__Group__8__Impl rule__OperationalPlan__Group__9 ;
    public final void rule__OperationalPlan__Group__8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2906:1: ( rule__OperationalPlan__Group__8__Impl rule__OperationalPlan__Group__9 )
            // InternalItup.g:2907:2: rule__OperationalPlan__Group__8__Impl rule__OperationalPlan__Group__9
            {
            pushFollow(FOLLOW_23);
            rule__OperationalPlan__Group__8__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__9();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__8"


    // $ANTLR start "rule__OperationalPlan__Group__8__Impl"
    // InternalItup.g:2914:1: rule__OperationalPlan__Group__8__Impl : ( ( rule__OperationalPlan__StrategicPlanAssignment_8 ) ) ;
    public final void rule__OperationalPlan__Group__8__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2918:1: ( ( ( rule__OperationalPlan__StrategicPlanAssignment_8 ) ) )
            // InternalItup.g:2919:1: ( ( rule__OperationalPlan__StrategicPlanAssignment_8 ) )
            {
            // InternalItup.g:2919:1: ( ( rule__OperationalPlan__StrategicPlanAssignment_8 ) )
            // InternalItup.g:2920:2: ( rule__OperationalPlan__StrategicPlanAssignment_8 )
            {
             before(grammarAccess.getOperationalPlanAccess().getStrategicPlanAssignment_8()); 
            // InternalItup.g:2921:2: ( rule__OperationalPlan__StrategicPlanAssignment_8 )
            // InternalItup.g:2921:3: rule__OperationalPlan__StrategicPlanAssignment_8
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__StrategicPlanAssignment_8();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getStrategicPlanAssignment_8()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__8__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__9"
    // InternalItup.g:2929:1: rule__OperationalPlan__Group__9 : rule__OperationalPlan__Group__9__Impl rule__OperationalPlan__Group__10 ;
    public final void rule__OperationalPlan__Group__9() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2933:1: ( rule__OperationalPlan__Group__9__Impl rule__OperationalPlan__Group__10 )
            // InternalItup.g:2934:2: rule__OperationalPlan__Group__9__Impl rule__OperationalPlan__Group__10
            {
            pushFollow(FOLLOW_23);
            rule__OperationalPlan__Group__9__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__10();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__9"


    // $ANTLR start "rule__OperationalPlan__Group__9__Impl"
    // InternalItup.g:2941:1: rule__OperationalPlan__Group__9__Impl : ( ( rule__OperationalPlan__Group_9__0 )? ) ;
    public final void rule__OperationalPlan__Group__9__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2945:1: ( ( ( rule__OperationalPlan__Group_9__0 )? ) )
            // InternalItup.g:2946:1: ( ( rule__OperationalPlan__Group_9__0 )? )
            {
            // InternalItup.g:2946:1: ( ( rule__OperationalPlan__Group_9__0 )? )
            // InternalItup.g:2947:2: ( rule__OperationalPlan__Group_9__0 )?
            {
             before(grammarAccess.getOperationalPlanAccess().getGroup_9()); 
            // InternalItup.g:2948:2: ( rule__OperationalPlan__Group_9__0 )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==51) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalItup.g:2948:3: rule__OperationalPlan__Group_9__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OperationalPlan__Group_9__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOperationalPlanAccess().getGroup_9()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__9__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__10"
    // InternalItup.g:2956:1: rule__OperationalPlan__Group__10 : rule__OperationalPlan__Group__10__Impl rule__OperationalPlan__Group__11 ;
    public final void rule__OperationalPlan__Group__10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2960:1: ( rule__OperationalPlan__Group__10__Impl rule__OperationalPlan__Group__11 )
            // InternalItup.g:2961:2: rule__OperationalPlan__Group__10__Impl rule__OperationalPlan__Group__11
            {
            pushFollow(FOLLOW_23);
            rule__OperationalPlan__Group__10__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__11();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__10"


    // $ANTLR start "rule__OperationalPlan__Group__10__Impl"
    // InternalItup.g:2968:1: rule__OperationalPlan__Group__10__Impl : ( ( rule__OperationalPlan__ObjectivesAssignment_10 )* ) ;
    public final void rule__OperationalPlan__Group__10__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2972:1: ( ( ( rule__OperationalPlan__ObjectivesAssignment_10 )* ) )
            // InternalItup.g:2973:1: ( ( rule__OperationalPlan__ObjectivesAssignment_10 )* )
            {
            // InternalItup.g:2973:1: ( ( rule__OperationalPlan__ObjectivesAssignment_10 )* )
            // InternalItup.g:2974:2: ( rule__OperationalPlan__ObjectivesAssignment_10 )*
            {
             before(grammarAccess.getOperationalPlanAccess().getObjectivesAssignment_10()); 
            // InternalItup.g:2975:2: ( rule__OperationalPlan__ObjectivesAssignment_10 )*
            loop36:
            do {
                int alt36=2;
                int LA36_0 = input.LA(1);

                if ( (LA36_0==52) ) {
                    alt36=1;
                }


                switch (alt36) {
            	case 1 :
            	    // InternalItup.g:2975:3: rule__OperationalPlan__ObjectivesAssignment_10
            	    {
            	    pushFollow(FOLLOW_24);
            	    rule__OperationalPlan__ObjectivesAssignment_10();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop36;
                }
            } while (true);

             after(grammarAccess.getOperationalPlanAccess().getObjectivesAssignment_10()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__10__Impl"


    // $ANTLR start "rule__OperationalPlan__Group__11"
    // InternalItup.g:2983:1: rule__OperationalPlan__Group__11 : rule__OperationalPlan__Group__11__Impl ;
    public final void rule__OperationalPlan__Group__11() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2987:1: ( rule__OperationalPlan__Group__11__Impl )
            // InternalItup.g:2988:2: rule__OperationalPlan__Group__11__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group__11__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__11"


    // $ANTLR start "rule__OperationalPlan__Group__11__Impl"
    // InternalItup.g:2994:1: rule__OperationalPlan__Group__11__Impl : ( ( rule__OperationalPlan__RetiredOutputsAssignment_11 )* ) ;
    public final void rule__OperationalPlan__Group__11__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:2998:1: ( ( ( rule__OperationalPlan__RetiredOutputsAssignment_11 )* ) )
            // InternalItup.g:2999:1: ( ( rule__OperationalPlan__RetiredOutputsAssignment_11 )* )
            {
            // InternalItup.g:2999:1: ( ( rule__OperationalPlan__RetiredOutputsAssignment_11 )* )
            // InternalItup.g:3000:2: ( rule__OperationalPlan__RetiredOutputsAssignment_11 )*
            {
             before(grammarAccess.getOperationalPlanAccess().getRetiredOutputsAssignment_11()); 
            // InternalItup.g:3001:2: ( rule__OperationalPlan__RetiredOutputsAssignment_11 )*
            loop37:
            do {
                int alt37=2;
                int LA37_0 = input.LA(1);

                if ( (LA37_0==54) ) {
                    alt37=1;
                }


                switch (alt37) {
            	case 1 :
            	    // InternalItup.g:3001:3: rule__OperationalPlan__RetiredOutputsAssignment_11
            	    {
            	    pushFollow(FOLLOW_25);
            	    rule__OperationalPlan__RetiredOutputsAssignment_11();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop37;
                }
            } while (true);

             after(grammarAccess.getOperationalPlanAccess().getRetiredOutputsAssignment_11()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group__11__Impl"


    // $ANTLR start "rule__OperationalPlan__Group_9__0"
    // InternalItup.g:3010:1: rule__OperationalPlan__Group_9__0 : rule__OperationalPlan__Group_9__0__Impl rule__OperationalPlan__Group_9__1 ;
    public final void rule__OperationalPlan__Group_9__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3014:1: ( rule__OperationalPlan__Group_9__0__Impl rule__OperationalPlan__Group_9__1 )
            // InternalItup.g:3015:2: rule__OperationalPlan__Group_9__0__Impl rule__OperationalPlan__Group_9__1
            {
            pushFollow(FOLLOW_10);
            rule__OperationalPlan__Group_9__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group_9__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group_9__0"


    // $ANTLR start "rule__OperationalPlan__Group_9__0__Impl"
    // InternalItup.g:3022:1: rule__OperationalPlan__Group_9__0__Impl : ( 'responsible' ) ;
    public final void rule__OperationalPlan__Group_9__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3026:1: ( ( 'responsible' ) )
            // InternalItup.g:3027:1: ( 'responsible' )
            {
            // InternalItup.g:3027:1: ( 'responsible' )
            // InternalItup.g:3028:2: 'responsible'
            {
             before(grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getResponsibleKeyword_9_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group_9__0__Impl"


    // $ANTLR start "rule__OperationalPlan__Group_9__1"
    // InternalItup.g:3037:1: rule__OperationalPlan__Group_9__1 : rule__OperationalPlan__Group_9__1__Impl ;
    public final void rule__OperationalPlan__Group_9__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3041:1: ( rule__OperationalPlan__Group_9__1__Impl )
            // InternalItup.g:3042:2: rule__OperationalPlan__Group_9__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__Group_9__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group_9__1"


    // $ANTLR start "rule__OperationalPlan__Group_9__1__Impl"
    // InternalItup.g:3048:1: rule__OperationalPlan__Group_9__1__Impl : ( ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 ) ) ;
    public final void rule__OperationalPlan__Group_9__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3052:1: ( ( ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 ) ) )
            // InternalItup.g:3053:1: ( ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 ) )
            {
            // InternalItup.g:3053:1: ( ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 ) )
            // InternalItup.g:3054:2: ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 )
            {
             before(grammarAccess.getOperationalPlanAccess().getResponsibleUnitAssignment_9_1()); 
            // InternalItup.g:3055:2: ( rule__OperationalPlan__ResponsibleUnitAssignment_9_1 )
            // InternalItup.g:3055:3: rule__OperationalPlan__ResponsibleUnitAssignment_9_1
            {
            pushFollow(FOLLOW_2);
            rule__OperationalPlan__ResponsibleUnitAssignment_9_1();

            state._fsp--;


            }

             after(grammarAccess.getOperationalPlanAccess().getResponsibleUnitAssignment_9_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__Group_9__1__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__0"
    // InternalItup.g:3064:1: rule__ObjectivePlan__Group__0 : rule__ObjectivePlan__Group__0__Impl rule__ObjectivePlan__Group__1 ;
    public final void rule__ObjectivePlan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3068:1: ( rule__ObjectivePlan__Group__0__Impl rule__ObjectivePlan__Group__1 )
            // InternalItup.g:3069:2: rule__ObjectivePlan__Group__0__Impl rule__ObjectivePlan__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__ObjectivePlan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__0"


    // $ANTLR start "rule__ObjectivePlan__Group__0__Impl"
    // InternalItup.g:3076:1: rule__ObjectivePlan__Group__0__Impl : ( 'objective' ) ;
    public final void rule__ObjectivePlan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3080:1: ( ( 'objective' ) )
            // InternalItup.g:3081:1: ( 'objective' )
            {
            // InternalItup.g:3081:1: ( 'objective' )
            // InternalItup.g:3082:2: 'objective'
            {
             before(grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getObjectivePlanAccess().getObjectiveKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__0__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__1"
    // InternalItup.g:3091:1: rule__ObjectivePlan__Group__1 : rule__ObjectivePlan__Group__1__Impl rule__ObjectivePlan__Group__2 ;
    public final void rule__ObjectivePlan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3095:1: ( rule__ObjectivePlan__Group__1__Impl rule__ObjectivePlan__Group__2 )
            // InternalItup.g:3096:2: rule__ObjectivePlan__Group__1__Impl rule__ObjectivePlan__Group__2
            {
            pushFollow(FOLLOW_14);
            rule__ObjectivePlan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__1"


    // $ANTLR start "rule__ObjectivePlan__Group__1__Impl"
    // InternalItup.g:3103:1: rule__ObjectivePlan__Group__1__Impl : ( ( rule__ObjectivePlan__ObjectiveAssignment_1 ) ) ;
    public final void rule__ObjectivePlan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3107:1: ( ( ( rule__ObjectivePlan__ObjectiveAssignment_1 ) ) )
            // InternalItup.g:3108:1: ( ( rule__ObjectivePlan__ObjectiveAssignment_1 ) )
            {
            // InternalItup.g:3108:1: ( ( rule__ObjectivePlan__ObjectiveAssignment_1 ) )
            // InternalItup.g:3109:2: ( rule__ObjectivePlan__ObjectiveAssignment_1 )
            {
             before(grammarAccess.getObjectivePlanAccess().getObjectiveAssignment_1()); 
            // InternalItup.g:3110:2: ( rule__ObjectivePlan__ObjectiveAssignment_1 )
            // InternalItup.g:3110:3: rule__ObjectivePlan__ObjectiveAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__ObjectiveAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectivePlanAccess().getObjectiveAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__1__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__2"
    // InternalItup.g:3118:1: rule__ObjectivePlan__Group__2 : rule__ObjectivePlan__Group__2__Impl rule__ObjectivePlan__Group__3 ;
    public final void rule__ObjectivePlan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3122:1: ( rule__ObjectivePlan__Group__2__Impl rule__ObjectivePlan__Group__3 )
            // InternalItup.g:3123:2: rule__ObjectivePlan__Group__2__Impl rule__ObjectivePlan__Group__3
            {
            pushFollow(FOLLOW_26);
            rule__ObjectivePlan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__2"


    // $ANTLR start "rule__ObjectivePlan__Group__2__Impl"
    // InternalItup.g:3130:1: rule__ObjectivePlan__Group__2__Impl : ( '{' ) ;
    public final void rule__ObjectivePlan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3134:1: ( ( '{' ) )
            // InternalItup.g:3135:1: ( '{' )
            {
            // InternalItup.g:3135:1: ( '{' )
            // InternalItup.g:3136:2: '{'
            {
             before(grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getObjectivePlanAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__2__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__3"
    // InternalItup.g:3145:1: rule__ObjectivePlan__Group__3 : rule__ObjectivePlan__Group__3__Impl rule__ObjectivePlan__Group__4 ;
    public final void rule__ObjectivePlan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3149:1: ( rule__ObjectivePlan__Group__3__Impl rule__ObjectivePlan__Group__4 )
            // InternalItup.g:3150:2: rule__ObjectivePlan__Group__3__Impl rule__ObjectivePlan__Group__4
            {
            pushFollow(FOLLOW_26);
            rule__ObjectivePlan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__3"


    // $ANTLR start "rule__ObjectivePlan__Group__3__Impl"
    // InternalItup.g:3157:1: rule__ObjectivePlan__Group__3__Impl : ( ( rule__ObjectivePlan__OutputsAssignment_3 )* ) ;
    public final void rule__ObjectivePlan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3161:1: ( ( ( rule__ObjectivePlan__OutputsAssignment_3 )* ) )
            // InternalItup.g:3162:1: ( ( rule__ObjectivePlan__OutputsAssignment_3 )* )
            {
            // InternalItup.g:3162:1: ( ( rule__ObjectivePlan__OutputsAssignment_3 )* )
            // InternalItup.g:3163:2: ( rule__ObjectivePlan__OutputsAssignment_3 )*
            {
             before(grammarAccess.getObjectivePlanAccess().getOutputsAssignment_3()); 
            // InternalItup.g:3164:2: ( rule__ObjectivePlan__OutputsAssignment_3 )*
            loop38:
            do {
                int alt38=2;
                int LA38_0 = input.LA(1);

                if ( (LA38_0==53) ) {
                    alt38=1;
                }


                switch (alt38) {
            	case 1 :
            	    // InternalItup.g:3164:3: rule__ObjectivePlan__OutputsAssignment_3
            	    {
            	    pushFollow(FOLLOW_27);
            	    rule__ObjectivePlan__OutputsAssignment_3();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop38;
                }
            } while (true);

             after(grammarAccess.getObjectivePlanAccess().getOutputsAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__3__Impl"


    // $ANTLR start "rule__ObjectivePlan__Group__4"
    // InternalItup.g:3172:1: rule__ObjectivePlan__Group__4 : rule__ObjectivePlan__Group__4__Impl ;
    public final void rule__ObjectivePlan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3176:1: ( rule__ObjectivePlan__Group__4__Impl )
            // InternalItup.g:3177:2: rule__ObjectivePlan__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ObjectivePlan__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__4"


    // $ANTLR start "rule__ObjectivePlan__Group__4__Impl"
    // InternalItup.g:3183:1: rule__ObjectivePlan__Group__4__Impl : ( '}' ) ;
    public final void rule__ObjectivePlan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3187:1: ( ( '}' ) )
            // InternalItup.g:3188:1: ( '}' )
            {
            // InternalItup.g:3188:1: ( '}' )
            // InternalItup.g:3189:2: '}'
            {
             before(grammarAccess.getObjectivePlanAccess().getRightCurlyBracketKeyword_4()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getObjectivePlanAccess().getRightCurlyBracketKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__Group__4__Impl"


    // $ANTLR start "rule__OutputPlan__Group__0"
    // InternalItup.g:3199:1: rule__OutputPlan__Group__0 : rule__OutputPlan__Group__0__Impl rule__OutputPlan__Group__1 ;
    public final void rule__OutputPlan__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3203:1: ( rule__OutputPlan__Group__0__Impl rule__OutputPlan__Group__1 )
            // InternalItup.g:3204:2: rule__OutputPlan__Group__0__Impl rule__OutputPlan__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__OutputPlan__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__0"


    // $ANTLR start "rule__OutputPlan__Group__0__Impl"
    // InternalItup.g:3211:1: rule__OutputPlan__Group__0__Impl : ( 'output' ) ;
    public final void rule__OutputPlan__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3215:1: ( ( 'output' ) )
            // InternalItup.g:3216:1: ( 'output' )
            {
            // InternalItup.g:3216:1: ( 'output' )
            // InternalItup.g:3217:2: 'output'
            {
             before(grammarAccess.getOutputPlanAccess().getOutputKeyword_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getOutputPlanAccess().getOutputKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__0__Impl"


    // $ANTLR start "rule__OutputPlan__Group__1"
    // InternalItup.g:3226:1: rule__OutputPlan__Group__1 : rule__OutputPlan__Group__1__Impl rule__OutputPlan__Group__2 ;
    public final void rule__OutputPlan__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3230:1: ( rule__OutputPlan__Group__1__Impl rule__OutputPlan__Group__2 )
            // InternalItup.g:3231:2: rule__OutputPlan__Group__1__Impl rule__OutputPlan__Group__2
            {
            pushFollow(FOLLOW_14);
            rule__OutputPlan__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__1"


    // $ANTLR start "rule__OutputPlan__Group__1__Impl"
    // InternalItup.g:3238:1: rule__OutputPlan__Group__1__Impl : ( ( rule__OutputPlan__OutputAssignment_1 ) ) ;
    public final void rule__OutputPlan__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3242:1: ( ( ( rule__OutputPlan__OutputAssignment_1 ) ) )
            // InternalItup.g:3243:1: ( ( rule__OutputPlan__OutputAssignment_1 ) )
            {
            // InternalItup.g:3243:1: ( ( rule__OutputPlan__OutputAssignment_1 ) )
            // InternalItup.g:3244:2: ( rule__OutputPlan__OutputAssignment_1 )
            {
             before(grammarAccess.getOutputPlanAccess().getOutputAssignment_1()); 
            // InternalItup.g:3245:2: ( rule__OutputPlan__OutputAssignment_1 )
            // InternalItup.g:3245:3: rule__OutputPlan__OutputAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__OutputPlan__OutputAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputPlanAccess().getOutputAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__1__Impl"


    // $ANTLR start "rule__OutputPlan__Group__2"
    // InternalItup.g:3253:1: rule__OutputPlan__Group__2 : rule__OutputPlan__Group__2__Impl rule__OutputPlan__Group__3 ;
    public final void rule__OutputPlan__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3257:1: ( rule__OutputPlan__Group__2__Impl rule__OutputPlan__Group__3 )
            // InternalItup.g:3258:2: rule__OutputPlan__Group__2__Impl rule__OutputPlan__Group__3
            {
            pushFollow(FOLLOW_28);
            rule__OutputPlan__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__2"


    // $ANTLR start "rule__OutputPlan__Group__2__Impl"
    // InternalItup.g:3265:1: rule__OutputPlan__Group__2__Impl : ( '{' ) ;
    public final void rule__OutputPlan__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3269:1: ( ( '{' ) )
            // InternalItup.g:3270:1: ( '{' )
            {
            // InternalItup.g:3270:1: ( '{' )
            // InternalItup.g:3271:2: '{'
            {
             before(grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutputPlanAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__2__Impl"


    // $ANTLR start "rule__OutputPlan__Group__3"
    // InternalItup.g:3280:1: rule__OutputPlan__Group__3 : rule__OutputPlan__Group__3__Impl rule__OutputPlan__Group__4 ;
    public final void rule__OutputPlan__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3284:1: ( rule__OutputPlan__Group__3__Impl rule__OutputPlan__Group__4 )
            // InternalItup.g:3285:2: rule__OutputPlan__Group__3__Impl rule__OutputPlan__Group__4
            {
            pushFollow(FOLLOW_29);
            rule__OutputPlan__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__3"


    // $ANTLR start "rule__OutputPlan__Group__3__Impl"
    // InternalItup.g:3292:1: rule__OutputPlan__Group__3__Impl : ( ruleOutputWork ) ;
    public final void rule__OutputPlan__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3296:1: ( ( ruleOutputWork ) )
            // InternalItup.g:3297:1: ( ruleOutputWork )
            {
            // InternalItup.g:3297:1: ( ruleOutputWork )
            // InternalItup.g:3298:2: ruleOutputWork
            {
             before(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3()); 
            pushFollow(FOLLOW_2);
            ruleOutputWork();

            state._fsp--;

             after(grammarAccess.getOutputPlanAccess().getOutputWorkParserRuleCall_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__3__Impl"


    // $ANTLR start "rule__OutputPlan__Group__4"
    // InternalItup.g:3307:1: rule__OutputPlan__Group__4 : rule__OutputPlan__Group__4__Impl ;
    public final void rule__OutputPlan__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3311:1: ( rule__OutputPlan__Group__4__Impl )
            // InternalItup.g:3312:2: rule__OutputPlan__Group__4__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputPlan__Group__4__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__4"


    // $ANTLR start "rule__OutputPlan__Group__4__Impl"
    // InternalItup.g:3318:1: rule__OutputPlan__Group__4__Impl : ( '}' ) ;
    public final void rule__OutputPlan__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3322:1: ( ( '}' ) )
            // InternalItup.g:3323:1: ( '}' )
            {
            // InternalItup.g:3323:1: ( '}' )
            // InternalItup.g:3324:2: '}'
            {
             before(grammarAccess.getOutputPlanAccess().getRightCurlyBracketKeyword_4()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutputPlanAccess().getRightCurlyBracketKeyword_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__Group__4__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__0"
    // InternalItup.g:3334:1: rule__RetiredOutput__Group__0 : rule__RetiredOutput__Group__0__Impl rule__RetiredOutput__Group__1 ;
    public final void rule__RetiredOutput__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3338:1: ( rule__RetiredOutput__Group__0__Impl rule__RetiredOutput__Group__1 )
            // InternalItup.g:3339:2: rule__RetiredOutput__Group__0__Impl rule__RetiredOutput__Group__1
            {
            pushFollow(FOLLOW_30);
            rule__RetiredOutput__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__0"


    // $ANTLR start "rule__RetiredOutput__Group__0__Impl"
    // InternalItup.g:3346:1: rule__RetiredOutput__Group__0__Impl : ( 'retired' ) ;
    public final void rule__RetiredOutput__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3350:1: ( ( 'retired' ) )
            // InternalItup.g:3351:1: ( 'retired' )
            {
            // InternalItup.g:3351:1: ( 'retired' )
            // InternalItup.g:3352:2: 'retired'
            {
             before(grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0()); 
            match(input,54,FOLLOW_2); 
             after(grammarAccess.getRetiredOutputAccess().getRetiredKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__0__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__1"
    // InternalItup.g:3361:1: rule__RetiredOutput__Group__1 : rule__RetiredOutput__Group__1__Impl rule__RetiredOutput__Group__2 ;
    public final void rule__RetiredOutput__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3365:1: ( rule__RetiredOutput__Group__1__Impl rule__RetiredOutput__Group__2 )
            // InternalItup.g:3366:2: rule__RetiredOutput__Group__1__Impl rule__RetiredOutput__Group__2
            {
            pushFollow(FOLLOW_11);
            rule__RetiredOutput__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__1"


    // $ANTLR start "rule__RetiredOutput__Group__1__Impl"
    // InternalItup.g:3373:1: rule__RetiredOutput__Group__1__Impl : ( 'output' ) ;
    public final void rule__RetiredOutput__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3377:1: ( ( 'output' ) )
            // InternalItup.g:3378:1: ( 'output' )
            {
            // InternalItup.g:3378:1: ( 'output' )
            // InternalItup.g:3379:2: 'output'
            {
             before(grammarAccess.getRetiredOutputAccess().getOutputKeyword_1()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getRetiredOutputAccess().getOutputKeyword_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__1__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__2"
    // InternalItup.g:3388:1: rule__RetiredOutput__Group__2 : rule__RetiredOutput__Group__2__Impl rule__RetiredOutput__Group__3 ;
    public final void rule__RetiredOutput__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3392:1: ( rule__RetiredOutput__Group__2__Impl rule__RetiredOutput__Group__3 )
            // InternalItup.g:3393:2: rule__RetiredOutput__Group__2__Impl rule__RetiredOutput__Group__3
            {
            pushFollow(FOLLOW_14);
            rule__RetiredOutput__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__2"


    // $ANTLR start "rule__RetiredOutput__Group__2__Impl"
    // InternalItup.g:3400:1: rule__RetiredOutput__Group__2__Impl : ( ( rule__RetiredOutput__CodeAssignment_2 ) ) ;
    public final void rule__RetiredOutput__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3404:1: ( ( ( rule__RetiredOutput__CodeAssignment_2 ) ) )
            // InternalItup.g:3405:1: ( ( rule__RetiredOutput__CodeAssignment_2 ) )
            {
            // InternalItup.g:3405:1: ( ( rule__RetiredOutput__CodeAssignment_2 ) )
            // InternalItup.g:3406:2: ( rule__RetiredOutput__CodeAssignment_2 )
            {
             before(grammarAccess.getRetiredOutputAccess().getCodeAssignment_2()); 
            // InternalItup.g:3407:2: ( rule__RetiredOutput__CodeAssignment_2 )
            // InternalItup.g:3407:3: rule__RetiredOutput__CodeAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__RetiredOutput__CodeAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getRetiredOutputAccess().getCodeAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__2__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__3"
    // InternalItup.g:3415:1: rule__RetiredOutput__Group__3 : rule__RetiredOutput__Group__3__Impl rule__RetiredOutput__Group__4 ;
    public final void rule__RetiredOutput__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3419:1: ( rule__RetiredOutput__Group__3__Impl rule__RetiredOutput__Group__4 )
            // InternalItup.g:3420:2: rule__RetiredOutput__Group__3__Impl rule__RetiredOutput__Group__4
            {
            pushFollow(FOLLOW_28);
            rule__RetiredOutput__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__3"


    // $ANTLR start "rule__RetiredOutput__Group__3__Impl"
    // InternalItup.g:3427:1: rule__RetiredOutput__Group__3__Impl : ( '{' ) ;
    public final void rule__RetiredOutput__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3431:1: ( ( '{' ) )
            // InternalItup.g:3432:1: ( '{' )
            {
            // InternalItup.g:3432:1: ( '{' )
            // InternalItup.g:3433:2: '{'
            {
             before(grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getRetiredOutputAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__3__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__4"
    // InternalItup.g:3442:1: rule__RetiredOutput__Group__4 : rule__RetiredOutput__Group__4__Impl rule__RetiredOutput__Group__5 ;
    public final void rule__RetiredOutput__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3446:1: ( rule__RetiredOutput__Group__4__Impl rule__RetiredOutput__Group__5 )
            // InternalItup.g:3447:2: rule__RetiredOutput__Group__4__Impl rule__RetiredOutput__Group__5
            {
            pushFollow(FOLLOW_29);
            rule__RetiredOutput__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__4"


    // $ANTLR start "rule__RetiredOutput__Group__4__Impl"
    // InternalItup.g:3454:1: rule__RetiredOutput__Group__4__Impl : ( ruleOutputWork ) ;
    public final void rule__RetiredOutput__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3458:1: ( ( ruleOutputWork ) )
            // InternalItup.g:3459:1: ( ruleOutputWork )
            {
            // InternalItup.g:3459:1: ( ruleOutputWork )
            // InternalItup.g:3460:2: ruleOutputWork
            {
             before(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4()); 
            pushFollow(FOLLOW_2);
            ruleOutputWork();

            state._fsp--;

             after(grammarAccess.getRetiredOutputAccess().getOutputWorkParserRuleCall_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__4__Impl"


    // $ANTLR start "rule__RetiredOutput__Group__5"
    // InternalItup.g:3469:1: rule__RetiredOutput__Group__5 : rule__RetiredOutput__Group__5__Impl ;
    public final void rule__RetiredOutput__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3473:1: ( rule__RetiredOutput__Group__5__Impl )
            // InternalItup.g:3474:2: rule__RetiredOutput__Group__5__Impl
            {
            pushFollow(FOLLOW_2);
            rule__RetiredOutput__Group__5__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__5"


    // $ANTLR start "rule__RetiredOutput__Group__5__Impl"
    // InternalItup.g:3480:1: rule__RetiredOutput__Group__5__Impl : ( '}' ) ;
    public final void rule__RetiredOutput__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3484:1: ( ( '}' ) )
            // InternalItup.g:3485:1: ( '}' )
            {
            // InternalItup.g:3485:1: ( '}' )
            // InternalItup.g:3486:2: '}'
            {
             before(grammarAccess.getRetiredOutputAccess().getRightCurlyBracketKeyword_5()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getRetiredOutputAccess().getRightCurlyBracketKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__Group__5__Impl"


    // $ANTLR start "rule__OutputWork__Group__0"
    // InternalItup.g:3496:1: rule__OutputWork__Group__0 : rule__OutputWork__Group__0__Impl rule__OutputWork__Group__1 ;
    public final void rule__OutputWork__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3500:1: ( rule__OutputWork__Group__0__Impl rule__OutputWork__Group__1 )
            // InternalItup.g:3501:2: rule__OutputWork__Group__0__Impl rule__OutputWork__Group__1
            {
            pushFollow(FOLLOW_28);
            rule__OutputWork__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputWork__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group__0"


    // $ANTLR start "rule__OutputWork__Group__0__Impl"
    // InternalItup.g:3508:1: rule__OutputWork__Group__0__Impl : ( ( rule__OutputWork__Group_0__0 )? ) ;
    public final void rule__OutputWork__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3512:1: ( ( ( rule__OutputWork__Group_0__0 )? ) )
            // InternalItup.g:3513:1: ( ( rule__OutputWork__Group_0__0 )? )
            {
            // InternalItup.g:3513:1: ( ( rule__OutputWork__Group_0__0 )? )
            // InternalItup.g:3514:2: ( rule__OutputWork__Group_0__0 )?
            {
             before(grammarAccess.getOutputWorkAccess().getGroup_0()); 
            // InternalItup.g:3515:2: ( rule__OutputWork__Group_0__0 )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==51) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalItup.g:3515:3: rule__OutputWork__Group_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__OutputWork__Group_0__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputWorkAccess().getGroup_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group__0__Impl"


    // $ANTLR start "rule__OutputWork__Group__1"
    // InternalItup.g:3523:1: rule__OutputWork__Group__1 : rule__OutputWork__Group__1__Impl ;
    public final void rule__OutputWork__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3527:1: ( rule__OutputWork__Group__1__Impl )
            // InternalItup.g:3528:2: rule__OutputWork__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group__1"


    // $ANTLR start "rule__OutputWork__Group__1__Impl"
    // InternalItup.g:3534:1: rule__OutputWork__Group__1__Impl : ( ( rule__OutputWork__Alternatives_1 )* ) ;
    public final void rule__OutputWork__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3538:1: ( ( ( rule__OutputWork__Alternatives_1 )* ) )
            // InternalItup.g:3539:1: ( ( rule__OutputWork__Alternatives_1 )* )
            {
            // InternalItup.g:3539:1: ( ( rule__OutputWork__Alternatives_1 )* )
            // InternalItup.g:3540:2: ( rule__OutputWork__Alternatives_1 )*
            {
             before(grammarAccess.getOutputWorkAccess().getAlternatives_1()); 
            // InternalItup.g:3541:2: ( rule__OutputWork__Alternatives_1 )*
            loop40:
            do {
                int alt40=2;
                int LA40_0 = input.LA(1);

                if ( (LA40_0==12||(LA40_0>=55 && LA40_0<=56)||LA40_0==70||LA40_0==83) ) {
                    alt40=1;
                }


                switch (alt40) {
            	case 1 :
            	    // InternalItup.g:3541:3: rule__OutputWork__Alternatives_1
            	    {
            	    pushFollow(FOLLOW_31);
            	    rule__OutputWork__Alternatives_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop40;
                }
            } while (true);

             after(grammarAccess.getOutputWorkAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group__1__Impl"


    // $ANTLR start "rule__OutputWork__Group_0__0"
    // InternalItup.g:3550:1: rule__OutputWork__Group_0__0 : rule__OutputWork__Group_0__0__Impl rule__OutputWork__Group_0__1 ;
    public final void rule__OutputWork__Group_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3554:1: ( rule__OutputWork__Group_0__0__Impl rule__OutputWork__Group_0__1 )
            // InternalItup.g:3555:2: rule__OutputWork__Group_0__0__Impl rule__OutputWork__Group_0__1
            {
            pushFollow(FOLLOW_10);
            rule__OutputWork__Group_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_0__0"


    // $ANTLR start "rule__OutputWork__Group_0__0__Impl"
    // InternalItup.g:3562:1: rule__OutputWork__Group_0__0__Impl : ( 'responsible' ) ;
    public final void rule__OutputWork__Group_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3566:1: ( ( 'responsible' ) )
            // InternalItup.g:3567:1: ( 'responsible' )
            {
            // InternalItup.g:3567:1: ( 'responsible' )
            // InternalItup.g:3568:2: 'responsible'
            {
             before(grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0()); 
            match(input,51,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getResponsibleKeyword_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_0__0__Impl"


    // $ANTLR start "rule__OutputWork__Group_0__1"
    // InternalItup.g:3577:1: rule__OutputWork__Group_0__1 : rule__OutputWork__Group_0__1__Impl ;
    public final void rule__OutputWork__Group_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3581:1: ( rule__OutputWork__Group_0__1__Impl )
            // InternalItup.g:3582:2: rule__OutputWork__Group_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_0__1"


    // $ANTLR start "rule__OutputWork__Group_0__1__Impl"
    // InternalItup.g:3588:1: rule__OutputWork__Group_0__1__Impl : ( ( rule__OutputWork__ResponsibleUnitAssignment_0_1 ) ) ;
    public final void rule__OutputWork__Group_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3592:1: ( ( ( rule__OutputWork__ResponsibleUnitAssignment_0_1 ) ) )
            // InternalItup.g:3593:1: ( ( rule__OutputWork__ResponsibleUnitAssignment_0_1 ) )
            {
            // InternalItup.g:3593:1: ( ( rule__OutputWork__ResponsibleUnitAssignment_0_1 ) )
            // InternalItup.g:3594:2: ( rule__OutputWork__ResponsibleUnitAssignment_0_1 )
            {
             before(grammarAccess.getOutputWorkAccess().getResponsibleUnitAssignment_0_1()); 
            // InternalItup.g:3595:2: ( rule__OutputWork__ResponsibleUnitAssignment_0_1 )
            // InternalItup.g:3595:3: rule__OutputWork__ResponsibleUnitAssignment_0_1
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__ResponsibleUnitAssignment_0_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputWorkAccess().getResponsibleUnitAssignment_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_0__1__Impl"


    // $ANTLR start "rule__OutputWork__Group_1_0__0"
    // InternalItup.g:3604:1: rule__OutputWork__Group_1_0__0 : rule__OutputWork__Group_1_0__0__Impl rule__OutputWork__Group_1_0__1 ;
    public final void rule__OutputWork__Group_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3608:1: ( rule__OutputWork__Group_1_0__0__Impl rule__OutputWork__Group_1_0__1 )
            // InternalItup.g:3609:2: rule__OutputWork__Group_1_0__0__Impl rule__OutputWork__Group_1_0__1
            {
            pushFollow(FOLLOW_10);
            rule__OutputWork__Group_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1_0__0"


    // $ANTLR start "rule__OutputWork__Group_1_0__0__Impl"
    // InternalItup.g:3616:1: rule__OutputWork__Group_1_0__0__Impl : ( 'activity' ) ;
    public final void rule__OutputWork__Group_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3620:1: ( ( 'activity' ) )
            // InternalItup.g:3621:1: ( 'activity' )
            {
            // InternalItup.g:3621:1: ( 'activity' )
            // InternalItup.g:3622:2: 'activity'
            {
             before(grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0_0()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getActivityKeyword_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1_0__0__Impl"


    // $ANTLR start "rule__OutputWork__Group_1_0__1"
    // InternalItup.g:3631:1: rule__OutputWork__Group_1_0__1 : rule__OutputWork__Group_1_0__1__Impl ;
    public final void rule__OutputWork__Group_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3635:1: ( rule__OutputWork__Group_1_0__1__Impl )
            // InternalItup.g:3636:2: rule__OutputWork__Group_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1_0__1"


    // $ANTLR start "rule__OutputWork__Group_1_0__1__Impl"
    // InternalItup.g:3642:1: rule__OutputWork__Group_1_0__1__Impl : ( ( rule__OutputWork__ActivitiesAssignment_1_0_1 ) ) ;
    public final void rule__OutputWork__Group_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3646:1: ( ( ( rule__OutputWork__ActivitiesAssignment_1_0_1 ) ) )
            // InternalItup.g:3647:1: ( ( rule__OutputWork__ActivitiesAssignment_1_0_1 ) )
            {
            // InternalItup.g:3647:1: ( ( rule__OutputWork__ActivitiesAssignment_1_0_1 ) )
            // InternalItup.g:3648:2: ( rule__OutputWork__ActivitiesAssignment_1_0_1 )
            {
             before(grammarAccess.getOutputWorkAccess().getActivitiesAssignment_1_0_1()); 
            // InternalItup.g:3649:2: ( rule__OutputWork__ActivitiesAssignment_1_0_1 )
            // InternalItup.g:3649:3: rule__OutputWork__ActivitiesAssignment_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__ActivitiesAssignment_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputWorkAccess().getActivitiesAssignment_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1_0__1__Impl"


    // $ANTLR start "rule__OutputWork__Group_1_2__0"
    // InternalItup.g:3658:1: rule__OutputWork__Group_1_2__0 : rule__OutputWork__Group_1_2__0__Impl rule__OutputWork__Group_1_2__1 ;
    public final void rule__OutputWork__Group_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3662:1: ( rule__OutputWork__Group_1_2__0__Impl rule__OutputWork__Group_1_2__1 )
            // InternalItup.g:3663:2: rule__OutputWork__Group_1_2__0__Impl rule__OutputWork__Group_1_2__1
            {
            pushFollow(FOLLOW_10);
            rule__OutputWork__Group_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1_2__0"


    // $ANTLR start "rule__OutputWork__Group_1_2__0__Impl"
    // InternalItup.g:3670:1: rule__OutputWork__Group_1_2__0__Impl : ( 'resources' ) ;
    public final void rule__OutputWork__Group_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3674:1: ( ( 'resources' ) )
            // InternalItup.g:3675:1: ( 'resources' )
            {
            // InternalItup.g:3675:1: ( 'resources' )
            // InternalItup.g:3676:2: 'resources'
            {
             before(grammarAccess.getOutputWorkAccess().getResourcesKeyword_1_2_0()); 
            match(input,56,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getResourcesKeyword_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1_2__0__Impl"


    // $ANTLR start "rule__OutputWork__Group_1_2__1"
    // InternalItup.g:3685:1: rule__OutputWork__Group_1_2__1 : rule__OutputWork__Group_1_2__1__Impl ;
    public final void rule__OutputWork__Group_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3689:1: ( rule__OutputWork__Group_1_2__1__Impl )
            // InternalItup.g:3690:2: rule__OutputWork__Group_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__Group_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1_2__1"


    // $ANTLR start "rule__OutputWork__Group_1_2__1__Impl"
    // InternalItup.g:3696:1: rule__OutputWork__Group_1_2__1__Impl : ( ( rule__OutputWork__ResourcesAssignment_1_2_1 ) ) ;
    public final void rule__OutputWork__Group_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3700:1: ( ( ( rule__OutputWork__ResourcesAssignment_1_2_1 ) ) )
            // InternalItup.g:3701:1: ( ( rule__OutputWork__ResourcesAssignment_1_2_1 ) )
            {
            // InternalItup.g:3701:1: ( ( rule__OutputWork__ResourcesAssignment_1_2_1 ) )
            // InternalItup.g:3702:2: ( rule__OutputWork__ResourcesAssignment_1_2_1 )
            {
             before(grammarAccess.getOutputWorkAccess().getResourcesAssignment_1_2_1()); 
            // InternalItup.g:3703:2: ( rule__OutputWork__ResourcesAssignment_1_2_1 )
            // InternalItup.g:3703:3: rule__OutputWork__ResourcesAssignment_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__OutputWork__ResourcesAssignment_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputWorkAccess().getResourcesAssignment_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__Group_1_2__1__Impl"


    // $ANTLR start "rule__Milestone__Group__0"
    // InternalItup.g:3712:1: rule__Milestone__Group__0 : rule__Milestone__Group__0__Impl rule__Milestone__Group__1 ;
    public final void rule__Milestone__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3716:1: ( rule__Milestone__Group__0__Impl rule__Milestone__Group__1 )
            // InternalItup.g:3717:2: rule__Milestone__Group__0__Impl rule__Milestone__Group__1
            {
            pushFollow(FOLLOW_7);
            rule__Milestone__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Milestone__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__0"


    // $ANTLR start "rule__Milestone__Group__0__Impl"
    // InternalItup.g:3724:1: rule__Milestone__Group__0__Impl : ( ( rule__Milestone__Alternatives_0 ) ) ;
    public final void rule__Milestone__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3728:1: ( ( ( rule__Milestone__Alternatives_0 ) ) )
            // InternalItup.g:3729:1: ( ( rule__Milestone__Alternatives_0 ) )
            {
            // InternalItup.g:3729:1: ( ( rule__Milestone__Alternatives_0 ) )
            // InternalItup.g:3730:2: ( rule__Milestone__Alternatives_0 )
            {
             before(grammarAccess.getMilestoneAccess().getAlternatives_0()); 
            // InternalItup.g:3731:2: ( rule__Milestone__Alternatives_0 )
            // InternalItup.g:3731:3: rule__Milestone__Alternatives_0
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__Alternatives_0();

            state._fsp--;


            }

             after(grammarAccess.getMilestoneAccess().getAlternatives_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__0__Impl"


    // $ANTLR start "rule__Milestone__Group__1"
    // InternalItup.g:3739:1: rule__Milestone__Group__1 : rule__Milestone__Group__1__Impl rule__Milestone__Group__2 ;
    public final void rule__Milestone__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3743:1: ( rule__Milestone__Group__1__Impl rule__Milestone__Group__2 )
            // InternalItup.g:3744:2: rule__Milestone__Group__1__Impl rule__Milestone__Group__2
            {
            pushFollow(FOLLOW_10);
            rule__Milestone__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Milestone__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__1"


    // $ANTLR start "rule__Milestone__Group__1__Impl"
    // InternalItup.g:3751:1: rule__Milestone__Group__1__Impl : ( ( rule__Milestone__YearAssignment_1 ) ) ;
    public final void rule__Milestone__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3755:1: ( ( ( rule__Milestone__YearAssignment_1 ) ) )
            // InternalItup.g:3756:1: ( ( rule__Milestone__YearAssignment_1 ) )
            {
            // InternalItup.g:3756:1: ( ( rule__Milestone__YearAssignment_1 ) )
            // InternalItup.g:3757:2: ( rule__Milestone__YearAssignment_1 )
            {
             before(grammarAccess.getMilestoneAccess().getYearAssignment_1()); 
            // InternalItup.g:3758:2: ( rule__Milestone__YearAssignment_1 )
            // InternalItup.g:3758:3: rule__Milestone__YearAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__YearAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getMilestoneAccess().getYearAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__1__Impl"


    // $ANTLR start "rule__Milestone__Group__2"
    // InternalItup.g:3766:1: rule__Milestone__Group__2 : rule__Milestone__Group__2__Impl ;
    public final void rule__Milestone__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3770:1: ( rule__Milestone__Group__2__Impl )
            // InternalItup.g:3771:2: rule__Milestone__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__2"


    // $ANTLR start "rule__Milestone__Group__2__Impl"
    // InternalItup.g:3777:1: rule__Milestone__Group__2__Impl : ( ( rule__Milestone__StatementAssignment_2 ) ) ;
    public final void rule__Milestone__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3781:1: ( ( ( rule__Milestone__StatementAssignment_2 ) ) )
            // InternalItup.g:3782:1: ( ( rule__Milestone__StatementAssignment_2 ) )
            {
            // InternalItup.g:3782:1: ( ( rule__Milestone__StatementAssignment_2 ) )
            // InternalItup.g:3783:2: ( rule__Milestone__StatementAssignment_2 )
            {
             before(grammarAccess.getMilestoneAccess().getStatementAssignment_2()); 
            // InternalItup.g:3784:2: ( rule__Milestone__StatementAssignment_2 )
            // InternalItup.g:3784:3: rule__Milestone__StatementAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Milestone__StatementAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMilestoneAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__Group__2__Impl"


    // $ANTLR start "rule__Import__Group__0"
    // InternalItup.g:3793:1: rule__Import__Group__0 : rule__Import__Group__0__Impl rule__Import__Group__1 ;
    public final void rule__Import__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3797:1: ( rule__Import__Group__0__Impl rule__Import__Group__1 )
            // InternalItup.g:3798:2: rule__Import__Group__0__Impl rule__Import__Group__1
            {
            pushFollow(FOLLOW_3);
            rule__Import__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Import__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0"


    // $ANTLR start "rule__Import__Group__0__Impl"
    // InternalItup.g:3805:1: rule__Import__Group__0__Impl : ( 'import' ) ;
    public final void rule__Import__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3809:1: ( ( 'import' ) )
            // InternalItup.g:3810:1: ( 'import' )
            {
            // InternalItup.g:3810:1: ( 'import' )
            // InternalItup.g:3811:2: 'import'
            {
             before(grammarAccess.getImportAccess().getImportKeyword_0()); 
            match(input,57,FOLLOW_2); 
             after(grammarAccess.getImportAccess().getImportKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__0__Impl"


    // $ANTLR start "rule__Import__Group__1"
    // InternalItup.g:3820:1: rule__Import__Group__1 : rule__Import__Group__1__Impl ;
    public final void rule__Import__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3824:1: ( rule__Import__Group__1__Impl )
            // InternalItup.g:3825:2: rule__Import__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Import__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1"


    // $ANTLR start "rule__Import__Group__1__Impl"
    // InternalItup.g:3831:1: rule__Import__Group__1__Impl : ( ( rule__Import__PlanAssignment_1 ) ) ;
    public final void rule__Import__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3835:1: ( ( ( rule__Import__PlanAssignment_1 ) ) )
            // InternalItup.g:3836:1: ( ( rule__Import__PlanAssignment_1 ) )
            {
            // InternalItup.g:3836:1: ( ( rule__Import__PlanAssignment_1 ) )
            // InternalItup.g:3837:2: ( rule__Import__PlanAssignment_1 )
            {
             before(grammarAccess.getImportAccess().getPlanAssignment_1()); 
            // InternalItup.g:3838:2: ( rule__Import__PlanAssignment_1 )
            // InternalItup.g:3838:3: rule__Import__PlanAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Import__PlanAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImportAccess().getPlanAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__Group__1__Impl"


    // $ANTLR start "rule__CoreValue__Group__0"
    // InternalItup.g:3847:1: rule__CoreValue__Group__0 : rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1 ;
    public final void rule__CoreValue__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3851:1: ( rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1 )
            // InternalItup.g:3852:2: rule__CoreValue__Group__0__Impl rule__CoreValue__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__CoreValue__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__0"


    // $ANTLR start "rule__CoreValue__Group__0__Impl"
    // InternalItup.g:3859:1: rule__CoreValue__Group__0__Impl : ( 'value' ) ;
    public final void rule__CoreValue__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3863:1: ( ( 'value' ) )
            // InternalItup.g:3864:1: ( 'value' )
            {
            // InternalItup.g:3864:1: ( 'value' )
            // InternalItup.g:3865:2: 'value'
            {
             before(grammarAccess.getCoreValueAccess().getValueKeyword_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getValueKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__0__Impl"


    // $ANTLR start "rule__CoreValue__Group__1"
    // InternalItup.g:3874:1: rule__CoreValue__Group__1 : rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2 ;
    public final void rule__CoreValue__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3878:1: ( rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2 )
            // InternalItup.g:3879:2: rule__CoreValue__Group__1__Impl rule__CoreValue__Group__2
            {
            pushFollow(FOLLOW_10);
            rule__CoreValue__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__1"


    // $ANTLR start "rule__CoreValue__Group__1__Impl"
    // InternalItup.g:3886:1: rule__CoreValue__Group__1__Impl : ( ( rule__CoreValue__NameAssignment_1 ) ) ;
    public final void rule__CoreValue__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3890:1: ( ( ( rule__CoreValue__NameAssignment_1 ) ) )
            // InternalItup.g:3891:1: ( ( rule__CoreValue__NameAssignment_1 ) )
            {
            // InternalItup.g:3891:1: ( ( rule__CoreValue__NameAssignment_1 ) )
            // InternalItup.g:3892:2: ( rule__CoreValue__NameAssignment_1 )
            {
             before(grammarAccess.getCoreValueAccess().getNameAssignment_1()); 
            // InternalItup.g:3893:2: ( rule__CoreValue__NameAssignment_1 )
            // InternalItup.g:3893:3: rule__CoreValue__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__1__Impl"


    // $ANTLR start "rule__CoreValue__Group__2"
    // InternalItup.g:3901:1: rule__CoreValue__Group__2 : rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3 ;
    public final void rule__CoreValue__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3905:1: ( rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3 )
            // InternalItup.g:3906:2: rule__CoreValue__Group__2__Impl rule__CoreValue__Group__3
            {
            pushFollow(FOLLOW_10);
            rule__CoreValue__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__2"


    // $ANTLR start "rule__CoreValue__Group__2__Impl"
    // InternalItup.g:3913:1: rule__CoreValue__Group__2__Impl : ( ( rule__CoreValue__TitleAssignment_2 ) ) ;
    public final void rule__CoreValue__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3917:1: ( ( ( rule__CoreValue__TitleAssignment_2 ) ) )
            // InternalItup.g:3918:1: ( ( rule__CoreValue__TitleAssignment_2 ) )
            {
            // InternalItup.g:3918:1: ( ( rule__CoreValue__TitleAssignment_2 ) )
            // InternalItup.g:3919:2: ( rule__CoreValue__TitleAssignment_2 )
            {
             before(grammarAccess.getCoreValueAccess().getTitleAssignment_2()); 
            // InternalItup.g:3920:2: ( rule__CoreValue__TitleAssignment_2 )
            // InternalItup.g:3920:3: rule__CoreValue__TitleAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__TitleAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getCoreValueAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__2__Impl"


    // $ANTLR start "rule__CoreValue__Group__3"
    // InternalItup.g:3928:1: rule__CoreValue__Group__3 : rule__CoreValue__Group__3__Impl ;
    public final void rule__CoreValue__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3932:1: ( rule__CoreValue__Group__3__Impl )
            // InternalItup.g:3933:2: rule__CoreValue__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__CoreValue__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__3"


    // $ANTLR start "rule__CoreValue__Group__3__Impl"
    // InternalItup.g:3939:1: rule__CoreValue__Group__3__Impl : ( ( rule__CoreValue__StatementAssignment_3 )? ) ;
    public final void rule__CoreValue__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3943:1: ( ( ( rule__CoreValue__StatementAssignment_3 )? ) )
            // InternalItup.g:3944:1: ( ( rule__CoreValue__StatementAssignment_3 )? )
            {
            // InternalItup.g:3944:1: ( ( rule__CoreValue__StatementAssignment_3 )? )
            // InternalItup.g:3945:2: ( rule__CoreValue__StatementAssignment_3 )?
            {
             before(grammarAccess.getCoreValueAccess().getStatementAssignment_3()); 
            // InternalItup.g:3946:2: ( rule__CoreValue__StatementAssignment_3 )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==RULE_STRING) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalItup.g:3946:3: rule__CoreValue__StatementAssignment_3
                    {
                    pushFollow(FOLLOW_2);
                    rule__CoreValue__StatementAssignment_3();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getCoreValueAccess().getStatementAssignment_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__Group__3__Impl"


    // $ANTLR start "rule__Goal__Group__0"
    // InternalItup.g:3955:1: rule__Goal__Group__0 : rule__Goal__Group__0__Impl rule__Goal__Group__1 ;
    public final void rule__Goal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3959:1: ( rule__Goal__Group__0__Impl rule__Goal__Group__1 )
            // InternalItup.g:3960:2: rule__Goal__Group__0__Impl rule__Goal__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__0"


    // $ANTLR start "rule__Goal__Group__0__Impl"
    // InternalItup.g:3967:1: rule__Goal__Group__0__Impl : ( 'goal' ) ;
    public final void rule__Goal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3971:1: ( ( 'goal' ) )
            // InternalItup.g:3972:1: ( 'goal' )
            {
            // InternalItup.g:3972:1: ( 'goal' )
            // InternalItup.g:3973:2: 'goal'
            {
             before(grammarAccess.getGoalAccess().getGoalKeyword_0()); 
            match(input,13,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getGoalKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__0__Impl"


    // $ANTLR start "rule__Goal__Group__1"
    // InternalItup.g:3982:1: rule__Goal__Group__1 : rule__Goal__Group__1__Impl rule__Goal__Group__2 ;
    public final void rule__Goal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3986:1: ( rule__Goal__Group__1__Impl rule__Goal__Group__2 )
            // InternalItup.g:3987:2: rule__Goal__Group__1__Impl rule__Goal__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Goal__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__1"


    // $ANTLR start "rule__Goal__Group__1__Impl"
    // InternalItup.g:3994:1: rule__Goal__Group__1__Impl : ( ( rule__Goal__NameAssignment_1 ) ) ;
    public final void rule__Goal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:3998:1: ( ( ( rule__Goal__NameAssignment_1 ) ) )
            // InternalItup.g:3999:1: ( ( rule__Goal__NameAssignment_1 ) )
            {
            // InternalItup.g:3999:1: ( ( rule__Goal__NameAssignment_1 ) )
            // InternalItup.g:4000:2: ( rule__Goal__NameAssignment_1 )
            {
             before(grammarAccess.getGoalAccess().getNameAssignment_1()); 
            // InternalItup.g:4001:2: ( rule__Goal__NameAssignment_1 )
            // InternalItup.g:4001:3: rule__Goal__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__1__Impl"


    // $ANTLR start "rule__Goal__Group__2"
    // InternalItup.g:4009:1: rule__Goal__Group__2 : rule__Goal__Group__2__Impl rule__Goal__Group__3 ;
    public final void rule__Goal__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4013:1: ( rule__Goal__Group__2__Impl rule__Goal__Group__3 )
            // InternalItup.g:4014:2: rule__Goal__Group__2__Impl rule__Goal__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Goal__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__2"


    // $ANTLR start "rule__Goal__Group__2__Impl"
    // InternalItup.g:4021:1: rule__Goal__Group__2__Impl : ( ( rule__Goal__TitleAssignment_2 )? ) ;
    public final void rule__Goal__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4025:1: ( ( ( rule__Goal__TitleAssignment_2 )? ) )
            // InternalItup.g:4026:1: ( ( rule__Goal__TitleAssignment_2 )? )
            {
            // InternalItup.g:4026:1: ( ( rule__Goal__TitleAssignment_2 )? )
            // InternalItup.g:4027:2: ( rule__Goal__TitleAssignment_2 )?
            {
             before(grammarAccess.getGoalAccess().getTitleAssignment_2()); 
            // InternalItup.g:4028:2: ( rule__Goal__TitleAssignment_2 )?
            int alt42=2;
            int LA42_0 = input.LA(1);

            if ( (LA42_0==RULE_STRING) ) {
                alt42=1;
            }
            switch (alt42) {
                case 1 :
                    // InternalItup.g:4028:3: rule__Goal__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__2__Impl"


    // $ANTLR start "rule__Goal__Group__3"
    // InternalItup.g:4036:1: rule__Goal__Group__3 : rule__Goal__Group__3__Impl rule__Goal__Group__4 ;
    public final void rule__Goal__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4040:1: ( rule__Goal__Group__3__Impl rule__Goal__Group__4 )
            // InternalItup.g:4041:2: rule__Goal__Group__3__Impl rule__Goal__Group__4
            {
            pushFollow(FOLLOW_33);
            rule__Goal__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__3"


    // $ANTLR start "rule__Goal__Group__3__Impl"
    // InternalItup.g:4048:1: rule__Goal__Group__3__Impl : ( '{' ) ;
    public final void rule__Goal__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4052:1: ( ( '{' ) )
            // InternalItup.g:4053:1: ( '{' )
            {
            // InternalItup.g:4053:1: ( '{' )
            // InternalItup.g:4054:2: '{'
            {
             before(grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__3__Impl"


    // $ANTLR start "rule__Goal__Group__4"
    // InternalItup.g:4063:1: rule__Goal__Group__4 : rule__Goal__Group__4__Impl rule__Goal__Group__5 ;
    public final void rule__Goal__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4067:1: ( rule__Goal__Group__4__Impl rule__Goal__Group__5 )
            // InternalItup.g:4068:2: rule__Goal__Group__4__Impl rule__Goal__Group__5
            {
            pushFollow(FOLLOW_33);
            rule__Goal__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__4"


    // $ANTLR start "rule__Goal__Group__4__Impl"
    // InternalItup.g:4075:1: rule__Goal__Group__4__Impl : ( ( rule__Goal__Group_4__0 )? ) ;
    public final void rule__Goal__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4079:1: ( ( ( rule__Goal__Group_4__0 )? ) )
            // InternalItup.g:4080:1: ( ( rule__Goal__Group_4__0 )? )
            {
            // InternalItup.g:4080:1: ( ( rule__Goal__Group_4__0 )? )
            // InternalItup.g:4081:2: ( rule__Goal__Group_4__0 )?
            {
             before(grammarAccess.getGoalAccess().getGroup_4()); 
            // InternalItup.g:4082:2: ( rule__Goal__Group_4__0 )?
            int alt43=2;
            int LA43_0 = input.LA(1);

            if ( (LA43_0==59) ) {
                alt43=1;
            }
            switch (alt43) {
                case 1 :
                    // InternalItup.g:4082:3: rule__Goal__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__4__Impl"


    // $ANTLR start "rule__Goal__Group__5"
    // InternalItup.g:4090:1: rule__Goal__Group__5 : rule__Goal__Group__5__Impl rule__Goal__Group__6 ;
    public final void rule__Goal__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4094:1: ( rule__Goal__Group__5__Impl rule__Goal__Group__6 )
            // InternalItup.g:4095:2: rule__Goal__Group__5__Impl rule__Goal__Group__6
            {
            pushFollow(FOLLOW_33);
            rule__Goal__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__5"


    // $ANTLR start "rule__Goal__Group__5__Impl"
    // InternalItup.g:4102:1: rule__Goal__Group__5__Impl : ( ( rule__Goal__Group_5__0 )? ) ;
    public final void rule__Goal__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4106:1: ( ( ( rule__Goal__Group_5__0 )? ) )
            // InternalItup.g:4107:1: ( ( rule__Goal__Group_5__0 )? )
            {
            // InternalItup.g:4107:1: ( ( rule__Goal__Group_5__0 )? )
            // InternalItup.g:4108:2: ( rule__Goal__Group_5__0 )?
            {
             before(grammarAccess.getGoalAccess().getGroup_5()); 
            // InternalItup.g:4109:2: ( rule__Goal__Group_5__0 )?
            int alt44=2;
            int LA44_0 = input.LA(1);

            if ( (LA44_0==60) ) {
                alt44=1;
            }
            switch (alt44) {
                case 1 :
                    // InternalItup.g:4109:3: rule__Goal__Group_5__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Goal__Group_5__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGoalAccess().getGroup_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__5__Impl"


    // $ANTLR start "rule__Goal__Group__6"
    // InternalItup.g:4117:1: rule__Goal__Group__6 : rule__Goal__Group__6__Impl rule__Goal__Group__7 ;
    public final void rule__Goal__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4121:1: ( rule__Goal__Group__6__Impl rule__Goal__Group__7 )
            // InternalItup.g:4122:2: rule__Goal__Group__6__Impl rule__Goal__Group__7
            {
            pushFollow(FOLLOW_33);
            rule__Goal__Group__6__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group__7();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__6"


    // $ANTLR start "rule__Goal__Group__6__Impl"
    // InternalItup.g:4129:1: rule__Goal__Group__6__Impl : ( ( rule__Goal__Alternatives_6 )* ) ;
    public final void rule__Goal__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4133:1: ( ( ( rule__Goal__Alternatives_6 )* ) )
            // InternalItup.g:4134:1: ( ( rule__Goal__Alternatives_6 )* )
            {
            // InternalItup.g:4134:1: ( ( rule__Goal__Alternatives_6 )* )
            // InternalItup.g:4135:2: ( rule__Goal__Alternatives_6 )*
            {
             before(grammarAccess.getGoalAccess().getAlternatives_6()); 
            // InternalItup.g:4136:2: ( rule__Goal__Alternatives_6 )*
            loop45:
            do {
                int alt45=2;
                int LA45_0 = input.LA(1);

                if ( (LA45_0==43||LA45_0==45||LA45_0==61) ) {
                    alt45=1;
                }


                switch (alt45) {
            	case 1 :
            	    // InternalItup.g:4136:3: rule__Goal__Alternatives_6
            	    {
            	    pushFollow(FOLLOW_34);
            	    rule__Goal__Alternatives_6();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop45;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getAlternatives_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__6__Impl"


    // $ANTLR start "rule__Goal__Group__7"
    // InternalItup.g:4144:1: rule__Goal__Group__7 : rule__Goal__Group__7__Impl ;
    public final void rule__Goal__Group__7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4148:1: ( rule__Goal__Group__7__Impl )
            // InternalItup.g:4149:2: rule__Goal__Group__7__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group__7__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__7"


    // $ANTLR start "rule__Goal__Group__7__Impl"
    // InternalItup.g:4155:1: rule__Goal__Group__7__Impl : ( '}' ) ;
    public final void rule__Goal__Group__7__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4159:1: ( ( '}' ) )
            // InternalItup.g:4160:1: ( '}' )
            {
            // InternalItup.g:4160:1: ( '}' )
            // InternalItup.g:4161:2: '}'
            {
             before(grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getRightCurlyBracketKeyword_7()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group__7__Impl"


    // $ANTLR start "rule__Goal__Group_4__0"
    // InternalItup.g:4171:1: rule__Goal__Group_4__0 : rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1 ;
    public final void rule__Goal__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4175:1: ( rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1 )
            // InternalItup.g:4176:2: rule__Goal__Group_4__0__Impl rule__Goal__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__Goal__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__0"


    // $ANTLR start "rule__Goal__Group_4__0__Impl"
    // InternalItup.g:4183:1: rule__Goal__Group_4__0__Impl : ( 'statement' ) ;
    public final void rule__Goal__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4187:1: ( ( 'statement' ) )
            // InternalItup.g:4188:1: ( 'statement' )
            {
            // InternalItup.g:4188:1: ( 'statement' )
            // InternalItup.g:4189:2: 'statement'
            {
             before(grammarAccess.getGoalAccess().getStatementKeyword_4_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getStatementKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__0__Impl"


    // $ANTLR start "rule__Goal__Group_4__1"
    // InternalItup.g:4198:1: rule__Goal__Group_4__1 : rule__Goal__Group_4__1__Impl ;
    public final void rule__Goal__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4202:1: ( rule__Goal__Group_4__1__Impl )
            // InternalItup.g:4203:2: rule__Goal__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__1"


    // $ANTLR start "rule__Goal__Group_4__1__Impl"
    // InternalItup.g:4209:1: rule__Goal__Group_4__1__Impl : ( ( rule__Goal__StatementAssignment_4_1 ) ) ;
    public final void rule__Goal__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4213:1: ( ( ( rule__Goal__StatementAssignment_4_1 ) ) )
            // InternalItup.g:4214:1: ( ( rule__Goal__StatementAssignment_4_1 ) )
            {
            // InternalItup.g:4214:1: ( ( rule__Goal__StatementAssignment_4_1 ) )
            // InternalItup.g:4215:2: ( rule__Goal__StatementAssignment_4_1 )
            {
             before(grammarAccess.getGoalAccess().getStatementAssignment_4_1()); 
            // InternalItup.g:4216:2: ( rule__Goal__StatementAssignment_4_1 )
            // InternalItup.g:4216:3: rule__Goal__StatementAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__StatementAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getStatementAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_4__1__Impl"


    // $ANTLR start "rule__Goal__Group_5__0"
    // InternalItup.g:4225:1: rule__Goal__Group_5__0 : rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1 ;
    public final void rule__Goal__Group_5__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4229:1: ( rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1 )
            // InternalItup.g:4230:2: rule__Goal__Group_5__0__Impl rule__Goal__Group_5__1
            {
            pushFollow(FOLLOW_10);
            rule__Goal__Group_5__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_5__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__0"


    // $ANTLR start "rule__Goal__Group_5__0__Impl"
    // InternalItup.g:4237:1: rule__Goal__Group_5__0__Impl : ( 'description' ) ;
    public final void rule__Goal__Group_5__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4241:1: ( ( 'description' ) )
            // InternalItup.g:4242:1: ( 'description' )
            {
            // InternalItup.g:4242:1: ( 'description' )
            // InternalItup.g:4243:2: 'description'
            {
             before(grammarAccess.getGoalAccess().getDescriptionKeyword_5_0()); 
            match(input,60,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getDescriptionKeyword_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__0__Impl"


    // $ANTLR start "rule__Goal__Group_5__1"
    // InternalItup.g:4252:1: rule__Goal__Group_5__1 : rule__Goal__Group_5__1__Impl ;
    public final void rule__Goal__Group_5__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4256:1: ( rule__Goal__Group_5__1__Impl )
            // InternalItup.g:4257:2: rule__Goal__Group_5__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_5__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__1"


    // $ANTLR start "rule__Goal__Group_5__1__Impl"
    // InternalItup.g:4263:1: rule__Goal__Group_5__1__Impl : ( ( rule__Goal__DescriptionAssignment_5_1 ) ) ;
    public final void rule__Goal__Group_5__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4267:1: ( ( ( rule__Goal__DescriptionAssignment_5_1 ) ) )
            // InternalItup.g:4268:1: ( ( rule__Goal__DescriptionAssignment_5_1 ) )
            {
            // InternalItup.g:4268:1: ( ( rule__Goal__DescriptionAssignment_5_1 ) )
            // InternalItup.g:4269:2: ( rule__Goal__DescriptionAssignment_5_1 )
            {
             before(grammarAccess.getGoalAccess().getDescriptionAssignment_5_1()); 
            // InternalItup.g:4270:2: ( rule__Goal__DescriptionAssignment_5_1 )
            // InternalItup.g:4270:3: rule__Goal__DescriptionAssignment_5_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__DescriptionAssignment_5_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getDescriptionAssignment_5_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_5__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__0"
    // InternalItup.g:4279:1: rule__Goal__Group_6_1__0 : rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1 ;
    public final void rule__Goal__Group_6_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4283:1: ( rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1 )
            // InternalItup.g:4284:2: rule__Goal__Group_6_1__0__Impl rule__Goal__Group_6_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__0"


    // $ANTLR start "rule__Goal__Group_6_1__0__Impl"
    // InternalItup.g:4291:1: rule__Goal__Group_6_1__0__Impl : ( 'sdg' ) ;
    public final void rule__Goal__Group_6_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4295:1: ( ( 'sdg' ) )
            // InternalItup.g:4296:1: ( 'sdg' )
            {
            // InternalItup.g:4296:1: ( 'sdg' )
            // InternalItup.g:4297:2: 'sdg'
            {
             before(grammarAccess.getGoalAccess().getSdgKeyword_6_1_0()); 
            match(input,45,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getSdgKeyword_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__1"
    // InternalItup.g:4306:1: rule__Goal__Group_6_1__1 : rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2 ;
    public final void rule__Goal__Group_6_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4310:1: ( rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2 )
            // InternalItup.g:4311:2: rule__Goal__Group_6_1__1__Impl rule__Goal__Group_6_1__2
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__1"


    // $ANTLR start "rule__Goal__Group_6_1__1__Impl"
    // InternalItup.g:4318:1: rule__Goal__Group_6_1__1__Impl : ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) ) ;
    public final void rule__Goal__Group_6_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4322:1: ( ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) ) )
            // InternalItup.g:4323:1: ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) )
            {
            // InternalItup.g:4323:1: ( ( rule__Goal__SdgLinksAssignment_6_1_1 ) )
            // InternalItup.g:4324:2: ( rule__Goal__SdgLinksAssignment_6_1_1 )
            {
             before(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_1()); 
            // InternalItup.g:4325:2: ( rule__Goal__SdgLinksAssignment_6_1_1 )
            // InternalItup.g:4325:3: rule__Goal__SdgLinksAssignment_6_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__SdgLinksAssignment_6_1_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_1__2"
    // InternalItup.g:4333:1: rule__Goal__Group_6_1__2 : rule__Goal__Group_6_1__2__Impl ;
    public final void rule__Goal__Group_6_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4337:1: ( rule__Goal__Group_6_1__2__Impl )
            // InternalItup.g:4338:2: rule__Goal__Group_6_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__2"


    // $ANTLR start "rule__Goal__Group_6_1__2__Impl"
    // InternalItup.g:4344:1: rule__Goal__Group_6_1__2__Impl : ( ( rule__Goal__Group_6_1_2__0 )* ) ;
    public final void rule__Goal__Group_6_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4348:1: ( ( ( rule__Goal__Group_6_1_2__0 )* ) )
            // InternalItup.g:4349:1: ( ( rule__Goal__Group_6_1_2__0 )* )
            {
            // InternalItup.g:4349:1: ( ( rule__Goal__Group_6_1_2__0 )* )
            // InternalItup.g:4350:2: ( rule__Goal__Group_6_1_2__0 )*
            {
             before(grammarAccess.getGoalAccess().getGroup_6_1_2()); 
            // InternalItup.g:4351:2: ( rule__Goal__Group_6_1_2__0 )*
            loop46:
            do {
                int alt46=2;
                int LA46_0 = input.LA(1);

                if ( (LA46_0==39) ) {
                    alt46=1;
                }


                switch (alt46) {
            	case 1 :
            	    // InternalItup.g:4351:3: rule__Goal__Group_6_1_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Goal__Group_6_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop46;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getGroup_6_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1__2__Impl"


    // $ANTLR start "rule__Goal__Group_6_1_2__0"
    // InternalItup.g:4360:1: rule__Goal__Group_6_1_2__0 : rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1 ;
    public final void rule__Goal__Group_6_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4364:1: ( rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1 )
            // InternalItup.g:4365:2: rule__Goal__Group_6_1_2__0__Impl rule__Goal__Group_6_1_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__0"


    // $ANTLR start "rule__Goal__Group_6_1_2__0__Impl"
    // InternalItup.g:4372:1: rule__Goal__Group_6_1_2__0__Impl : ( ',' ) ;
    public final void rule__Goal__Group_6_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4376:1: ( ( ',' ) )
            // InternalItup.g:4377:1: ( ',' )
            {
            // InternalItup.g:4377:1: ( ',' )
            // InternalItup.g:4378:2: ','
            {
             before(grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getCommaKeyword_6_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_1_2__1"
    // InternalItup.g:4387:1: rule__Goal__Group_6_1_2__1 : rule__Goal__Group_6_1_2__1__Impl ;
    public final void rule__Goal__Group_6_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4391:1: ( rule__Goal__Group_6_1_2__1__Impl )
            // InternalItup.g:4392:2: rule__Goal__Group_6_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__1"


    // $ANTLR start "rule__Goal__Group_6_1_2__1__Impl"
    // InternalItup.g:4398:1: rule__Goal__Group_6_1_2__1__Impl : ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) ) ;
    public final void rule__Goal__Group_6_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4402:1: ( ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) ) )
            // InternalItup.g:4403:1: ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) )
            {
            // InternalItup.g:4403:1: ( ( rule__Goal__SdgLinksAssignment_6_1_2_1 ) )
            // InternalItup.g:4404:2: ( rule__Goal__SdgLinksAssignment_6_1_2_1 )
            {
             before(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_2_1()); 
            // InternalItup.g:4405:2: ( rule__Goal__SdgLinksAssignment_6_1_2_1 )
            // InternalItup.g:4405:3: rule__Goal__SdgLinksAssignment_6_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__SdgLinksAssignment_6_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getSdgLinksAssignment_6_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_1_2__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__0"
    // InternalItup.g:4414:1: rule__Goal__Group_6_2__0 : rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1 ;
    public final void rule__Goal__Group_6_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4418:1: ( rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1 )
            // InternalItup.g:4419:2: rule__Goal__Group_6_2__0__Impl rule__Goal__Group_6_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__0"


    // $ANTLR start "rule__Goal__Group_6_2__0__Impl"
    // InternalItup.g:4426:1: rule__Goal__Group_6_2__0__Impl : ( 'wsis' ) ;
    public final void rule__Goal__Group_6_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4430:1: ( ( 'wsis' ) )
            // InternalItup.g:4431:1: ( 'wsis' )
            {
            // InternalItup.g:4431:1: ( 'wsis' )
            // InternalItup.g:4432:2: 'wsis'
            {
             before(grammarAccess.getGoalAccess().getWsisKeyword_6_2_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getWsisKeyword_6_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__1"
    // InternalItup.g:4441:1: rule__Goal__Group_6_2__1 : rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2 ;
    public final void rule__Goal__Group_6_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4445:1: ( rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2 )
            // InternalItup.g:4446:2: rule__Goal__Group_6_2__1__Impl rule__Goal__Group_6_2__2
            {
            pushFollow(FOLLOW_12);
            rule__Goal__Group_6_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__1"


    // $ANTLR start "rule__Goal__Group_6_2__1__Impl"
    // InternalItup.g:4453:1: rule__Goal__Group_6_2__1__Impl : ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) ) ;
    public final void rule__Goal__Group_6_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4457:1: ( ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) ) )
            // InternalItup.g:4458:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) )
            {
            // InternalItup.g:4458:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_1 ) )
            // InternalItup.g:4459:2: ( rule__Goal__WsisActionLinesAssignment_6_2_1 )
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_1()); 
            // InternalItup.g:4460:2: ( rule__Goal__WsisActionLinesAssignment_6_2_1 )
            // InternalItup.g:4460:3: rule__Goal__WsisActionLinesAssignment_6_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__WsisActionLinesAssignment_6_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__1__Impl"


    // $ANTLR start "rule__Goal__Group_6_2__2"
    // InternalItup.g:4468:1: rule__Goal__Group_6_2__2 : rule__Goal__Group_6_2__2__Impl ;
    public final void rule__Goal__Group_6_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4472:1: ( rule__Goal__Group_6_2__2__Impl )
            // InternalItup.g:4473:2: rule__Goal__Group_6_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__2"


    // $ANTLR start "rule__Goal__Group_6_2__2__Impl"
    // InternalItup.g:4479:1: rule__Goal__Group_6_2__2__Impl : ( ( rule__Goal__Group_6_2_2__0 )* ) ;
    public final void rule__Goal__Group_6_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4483:1: ( ( ( rule__Goal__Group_6_2_2__0 )* ) )
            // InternalItup.g:4484:1: ( ( rule__Goal__Group_6_2_2__0 )* )
            {
            // InternalItup.g:4484:1: ( ( rule__Goal__Group_6_2_2__0 )* )
            // InternalItup.g:4485:2: ( rule__Goal__Group_6_2_2__0 )*
            {
             before(grammarAccess.getGoalAccess().getGroup_6_2_2()); 
            // InternalItup.g:4486:2: ( rule__Goal__Group_6_2_2__0 )*
            loop47:
            do {
                int alt47=2;
                int LA47_0 = input.LA(1);

                if ( (LA47_0==39) ) {
                    alt47=1;
                }


                switch (alt47) {
            	case 1 :
            	    // InternalItup.g:4486:3: rule__Goal__Group_6_2_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Goal__Group_6_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop47;
                }
            } while (true);

             after(grammarAccess.getGoalAccess().getGroup_6_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2__2__Impl"


    // $ANTLR start "rule__Goal__Group_6_2_2__0"
    // InternalItup.g:4495:1: rule__Goal__Group_6_2_2__0 : rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1 ;
    public final void rule__Goal__Group_6_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4499:1: ( rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1 )
            // InternalItup.g:4500:2: rule__Goal__Group_6_2_2__0__Impl rule__Goal__Group_6_2_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Goal__Group_6_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__0"


    // $ANTLR start "rule__Goal__Group_6_2_2__0__Impl"
    // InternalItup.g:4507:1: rule__Goal__Group_6_2_2__0__Impl : ( ',' ) ;
    public final void rule__Goal__Group_6_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4511:1: ( ( ',' ) )
            // InternalItup.g:4512:1: ( ',' )
            {
            // InternalItup.g:4512:1: ( ',' )
            // InternalItup.g:4513:2: ','
            {
             before(grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getCommaKeyword_6_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__0__Impl"


    // $ANTLR start "rule__Goal__Group_6_2_2__1"
    // InternalItup.g:4522:1: rule__Goal__Group_6_2_2__1 : rule__Goal__Group_6_2_2__1__Impl ;
    public final void rule__Goal__Group_6_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4526:1: ( rule__Goal__Group_6_2_2__1__Impl )
            // InternalItup.g:4527:2: rule__Goal__Group_6_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Goal__Group_6_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__1"


    // $ANTLR start "rule__Goal__Group_6_2_2__1__Impl"
    // InternalItup.g:4533:1: rule__Goal__Group_6_2_2__1__Impl : ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) ) ;
    public final void rule__Goal__Group_6_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4537:1: ( ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) ) )
            // InternalItup.g:4538:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) )
            {
            // InternalItup.g:4538:1: ( ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 ) )
            // InternalItup.g:4539:2: ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 )
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_2_1()); 
            // InternalItup.g:4540:2: ( rule__Goal__WsisActionLinesAssignment_6_2_2_1 )
            // InternalItup.g:4540:3: rule__Goal__WsisActionLinesAssignment_6_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Goal__WsisActionLinesAssignment_6_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getGoalAccess().getWsisActionLinesAssignment_6_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__Group_6_2_2__1__Impl"


    // $ANTLR start "rule__Target__Group__0"
    // InternalItup.g:4549:1: rule__Target__Group__0 : rule__Target__Group__0__Impl rule__Target__Group__1 ;
    public final void rule__Target__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4553:1: ( rule__Target__Group__0__Impl rule__Target__Group__1 )
            // InternalItup.g:4554:2: rule__Target__Group__0__Impl rule__Target__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Target__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__0"


    // $ANTLR start "rule__Target__Group__0__Impl"
    // InternalItup.g:4561:1: rule__Target__Group__0__Impl : ( 'target' ) ;
    public final void rule__Target__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4565:1: ( ( 'target' ) )
            // InternalItup.g:4566:1: ( 'target' )
            {
            // InternalItup.g:4566:1: ( 'target' )
            // InternalItup.g:4567:2: 'target'
            {
             before(grammarAccess.getTargetAccess().getTargetKeyword_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getTargetKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__0__Impl"


    // $ANTLR start "rule__Target__Group__1"
    // InternalItup.g:4576:1: rule__Target__Group__1 : rule__Target__Group__1__Impl rule__Target__Group__2 ;
    public final void rule__Target__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4580:1: ( rule__Target__Group__1__Impl rule__Target__Group__2 )
            // InternalItup.g:4581:2: rule__Target__Group__1__Impl rule__Target__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Target__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__1"


    // $ANTLR start "rule__Target__Group__1__Impl"
    // InternalItup.g:4588:1: rule__Target__Group__1__Impl : ( ( rule__Target__NameAssignment_1 ) ) ;
    public final void rule__Target__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4592:1: ( ( ( rule__Target__NameAssignment_1 ) ) )
            // InternalItup.g:4593:1: ( ( rule__Target__NameAssignment_1 ) )
            {
            // InternalItup.g:4593:1: ( ( rule__Target__NameAssignment_1 ) )
            // InternalItup.g:4594:2: ( rule__Target__NameAssignment_1 )
            {
             before(grammarAccess.getTargetAccess().getNameAssignment_1()); 
            // InternalItup.g:4595:2: ( rule__Target__NameAssignment_1 )
            // InternalItup.g:4595:3: rule__Target__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__1__Impl"


    // $ANTLR start "rule__Target__Group__2"
    // InternalItup.g:4603:1: rule__Target__Group__2 : rule__Target__Group__2__Impl rule__Target__Group__3 ;
    public final void rule__Target__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4607:1: ( rule__Target__Group__2__Impl rule__Target__Group__3 )
            // InternalItup.g:4608:2: rule__Target__Group__2__Impl rule__Target__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Target__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__2"


    // $ANTLR start "rule__Target__Group__2__Impl"
    // InternalItup.g:4615:1: rule__Target__Group__2__Impl : ( ( rule__Target__StatementAssignment_2 )? ) ;
    public final void rule__Target__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4619:1: ( ( ( rule__Target__StatementAssignment_2 )? ) )
            // InternalItup.g:4620:1: ( ( rule__Target__StatementAssignment_2 )? )
            {
            // InternalItup.g:4620:1: ( ( rule__Target__StatementAssignment_2 )? )
            // InternalItup.g:4621:2: ( rule__Target__StatementAssignment_2 )?
            {
             before(grammarAccess.getTargetAccess().getStatementAssignment_2()); 
            // InternalItup.g:4622:2: ( rule__Target__StatementAssignment_2 )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==RULE_STRING) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalItup.g:4622:3: rule__Target__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__2__Impl"


    // $ANTLR start "rule__Target__Group__3"
    // InternalItup.g:4630:1: rule__Target__Group__3 : rule__Target__Group__3__Impl ;
    public final void rule__Target__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4634:1: ( rule__Target__Group__3__Impl )
            // InternalItup.g:4635:2: rule__Target__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__3"


    // $ANTLR start "rule__Target__Group__3__Impl"
    // InternalItup.g:4641:1: rule__Target__Group__3__Impl : ( ( rule__Target__Group_3__0 )? ) ;
    public final void rule__Target__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4645:1: ( ( ( rule__Target__Group_3__0 )? ) )
            // InternalItup.g:4646:1: ( ( rule__Target__Group_3__0 )? )
            {
            // InternalItup.g:4646:1: ( ( rule__Target__Group_3__0 )? )
            // InternalItup.g:4647:2: ( rule__Target__Group_3__0 )?
            {
             before(grammarAccess.getTargetAccess().getGroup_3()); 
            // InternalItup.g:4648:2: ( rule__Target__Group_3__0 )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==41) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalItup.g:4648:3: rule__Target__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group__3__Impl"


    // $ANTLR start "rule__Target__Group_3__0"
    // InternalItup.g:4657:1: rule__Target__Group_3__0 : rule__Target__Group_3__0__Impl rule__Target__Group_3__1 ;
    public final void rule__Target__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4661:1: ( rule__Target__Group_3__0__Impl rule__Target__Group_3__1 )
            // InternalItup.g:4662:2: rule__Target__Group_3__0__Impl rule__Target__Group_3__1
            {
            pushFollow(FOLLOW_35);
            rule__Target__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__0"


    // $ANTLR start "rule__Target__Group_3__0__Impl"
    // InternalItup.g:4669:1: rule__Target__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Target__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4673:1: ( ( '{' ) )
            // InternalItup.g:4674:1: ( '{' )
            {
            // InternalItup.g:4674:1: ( '{' )
            // InternalItup.g:4675:2: '{'
            {
             before(grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__0__Impl"


    // $ANTLR start "rule__Target__Group_3__1"
    // InternalItup.g:4684:1: rule__Target__Group_3__1 : rule__Target__Group_3__1__Impl rule__Target__Group_3__2 ;
    public final void rule__Target__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4688:1: ( rule__Target__Group_3__1__Impl rule__Target__Group_3__2 )
            // InternalItup.g:4689:2: rule__Target__Group_3__1__Impl rule__Target__Group_3__2
            {
            pushFollow(FOLLOW_36);
            rule__Target__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__1"


    // $ANTLR start "rule__Target__Group_3__1__Impl"
    // InternalItup.g:4696:1: rule__Target__Group_3__1__Impl : ( ( rule__Target__UnorderedGroup_3_1 ) ) ;
    public final void rule__Target__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4700:1: ( ( ( rule__Target__UnorderedGroup_3_1 ) ) )
            // InternalItup.g:4701:1: ( ( rule__Target__UnorderedGroup_3_1 ) )
            {
            // InternalItup.g:4701:1: ( ( rule__Target__UnorderedGroup_3_1 ) )
            // InternalItup.g:4702:2: ( rule__Target__UnorderedGroup_3_1 )
            {
             before(grammarAccess.getTargetAccess().getUnorderedGroup_3_1()); 
            // InternalItup.g:4703:2: ( rule__Target__UnorderedGroup_3_1 )
            // InternalItup.g:4703:3: rule__Target__UnorderedGroup_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__UnorderedGroup_3_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getUnorderedGroup_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__1__Impl"


    // $ANTLR start "rule__Target__Group_3__2"
    // InternalItup.g:4711:1: rule__Target__Group_3__2 : rule__Target__Group_3__2__Impl rule__Target__Group_3__3 ;
    public final void rule__Target__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4715:1: ( rule__Target__Group_3__2__Impl rule__Target__Group_3__3 )
            // InternalItup.g:4716:2: rule__Target__Group_3__2__Impl rule__Target__Group_3__3
            {
            pushFollow(FOLLOW_36);
            rule__Target__Group_3__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__2"


    // $ANTLR start "rule__Target__Group_3__2__Impl"
    // InternalItup.g:4723:1: rule__Target__Group_3__2__Impl : ( ( rule__Target__IndicatorsAssignment_3_2 )* ) ;
    public final void rule__Target__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4727:1: ( ( ( rule__Target__IndicatorsAssignment_3_2 )* ) )
            // InternalItup.g:4728:1: ( ( rule__Target__IndicatorsAssignment_3_2 )* )
            {
            // InternalItup.g:4728:1: ( ( rule__Target__IndicatorsAssignment_3_2 )* )
            // InternalItup.g:4729:2: ( rule__Target__IndicatorsAssignment_3_2 )*
            {
             before(grammarAccess.getTargetAccess().getIndicatorsAssignment_3_2()); 
            // InternalItup.g:4730:2: ( rule__Target__IndicatorsAssignment_3_2 )*
            loop50:
            do {
                int alt50=2;
                int LA50_0 = input.LA(1);

                if ( (LA50_0==70) ) {
                    alt50=1;
                }


                switch (alt50) {
            	case 1 :
            	    // InternalItup.g:4730:3: rule__Target__IndicatorsAssignment_3_2
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Target__IndicatorsAssignment_3_2();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop50;
                }
            } while (true);

             after(grammarAccess.getTargetAccess().getIndicatorsAssignment_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__2__Impl"


    // $ANTLR start "rule__Target__Group_3__3"
    // InternalItup.g:4738:1: rule__Target__Group_3__3 : rule__Target__Group_3__3__Impl ;
    public final void rule__Target__Group_3__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4742:1: ( rule__Target__Group_3__3__Impl )
            // InternalItup.g:4743:2: rule__Target__Group_3__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__3"


    // $ANTLR start "rule__Target__Group_3__3__Impl"
    // InternalItup.g:4749:1: rule__Target__Group_3__3__Impl : ( '}' ) ;
    public final void rule__Target__Group_3__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4753:1: ( ( '}' ) )
            // InternalItup.g:4754:1: ( '}' )
            {
            // InternalItup.g:4754:1: ( '}' )
            // InternalItup.g:4755:2: '}'
            {
             before(grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getRightCurlyBracketKeyword_3_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3__3__Impl"


    // $ANTLR start "rule__Target__Group_3_1_0__0"
    // InternalItup.g:4765:1: rule__Target__Group_3_1_0__0 : rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1 ;
    public final void rule__Target__Group_3_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4769:1: ( rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1 )
            // InternalItup.g:4770:2: rule__Target__Group_3_1_0__0__Impl rule__Target__Group_3_1_0__1
            {
            pushFollow(FOLLOW_7);
            rule__Target__Group_3_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__0"


    // $ANTLR start "rule__Target__Group_3_1_0__0__Impl"
    // InternalItup.g:4777:1: rule__Target__Group_3_1_0__0__Impl : ( 'by' ) ;
    public final void rule__Target__Group_3_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4781:1: ( ( 'by' ) )
            // InternalItup.g:4782:1: ( 'by' )
            {
            // InternalItup.g:4782:1: ( 'by' )
            // InternalItup.g:4783:2: 'by'
            {
             before(grammarAccess.getTargetAccess().getByKeyword_3_1_0_0()); 
            match(input,35,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getByKeyword_3_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_0__1"
    // InternalItup.g:4792:1: rule__Target__Group_3_1_0__1 : rule__Target__Group_3_1_0__1__Impl ;
    public final void rule__Target__Group_3_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4796:1: ( rule__Target__Group_3_1_0__1__Impl )
            // InternalItup.g:4797:2: rule__Target__Group_3_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__1"


    // $ANTLR start "rule__Target__Group_3_1_0__1__Impl"
    // InternalItup.g:4803:1: rule__Target__Group_3_1_0__1__Impl : ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) ) ;
    public final void rule__Target__Group_3_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4807:1: ( ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) ) )
            // InternalItup.g:4808:1: ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) )
            {
            // InternalItup.g:4808:1: ( ( rule__Target__DeadlineAssignment_3_1_0_1 ) )
            // InternalItup.g:4809:2: ( rule__Target__DeadlineAssignment_3_1_0_1 )
            {
             before(grammarAccess.getTargetAccess().getDeadlineAssignment_3_1_0_1()); 
            // InternalItup.g:4810:2: ( rule__Target__DeadlineAssignment_3_1_0_1 )
            // InternalItup.g:4810:3: rule__Target__DeadlineAssignment_3_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__DeadlineAssignment_3_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getDeadlineAssignment_3_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_0__1__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__0"
    // InternalItup.g:4819:1: rule__Target__Group_3_1_1_0__0 : rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1 ;
    public final void rule__Target__Group_3_1_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4823:1: ( rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1 )
            // InternalItup.g:4824:2: rule__Target__Group_3_1_1_0__0__Impl rule__Target__Group_3_1_1_0__1
            {
            pushFollow(FOLLOW_7);
            rule__Target__Group_3_1_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__0"


    // $ANTLR start "rule__Target__Group_3_1_1_0__0__Impl"
    // InternalItup.g:4831:1: rule__Target__Group_3_1_1_0__0__Impl : ( ( rule__Target__KindAssignment_3_1_1_0_0 ) ) ;
    public final void rule__Target__Group_3_1_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4835:1: ( ( ( rule__Target__KindAssignment_3_1_1_0_0 ) ) )
            // InternalItup.g:4836:1: ( ( rule__Target__KindAssignment_3_1_1_0_0 ) )
            {
            // InternalItup.g:4836:1: ( ( rule__Target__KindAssignment_3_1_1_0_0 ) )
            // InternalItup.g:4837:2: ( rule__Target__KindAssignment_3_1_1_0_0 )
            {
             before(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_0_0()); 
            // InternalItup.g:4838:2: ( rule__Target__KindAssignment_3_1_1_0_0 )
            // InternalItup.g:4838:3: rule__Target__KindAssignment_3_1_1_0_0
            {
            pushFollow(FOLLOW_2);
            rule__Target__KindAssignment_3_1_1_0_0();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getKindAssignment_3_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__1"
    // InternalItup.g:4846:1: rule__Target__Group_3_1_1_0__1 : rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2 ;
    public final void rule__Target__Group_3_1_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4850:1: ( rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2 )
            // InternalItup.g:4851:2: rule__Target__Group_3_1_1_0__1__Impl rule__Target__Group_3_1_1_0__2
            {
            pushFollow(FOLLOW_10);
            rule__Target__Group_3_1_1_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__1"


    // $ANTLR start "rule__Target__Group_3_1_1_0__1__Impl"
    // InternalItup.g:4858:1: rule__Target__Group_3_1_1_0__1__Impl : ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) ) ;
    public final void rule__Target__Group_3_1_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4862:1: ( ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) ) )
            // InternalItup.g:4863:1: ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) )
            {
            // InternalItup.g:4863:1: ( ( rule__Target__ValueAssignment_3_1_1_0_1 ) )
            // InternalItup.g:4864:2: ( rule__Target__ValueAssignment_3_1_1_0_1 )
            {
             before(grammarAccess.getTargetAccess().getValueAssignment_3_1_1_0_1()); 
            // InternalItup.g:4865:2: ( rule__Target__ValueAssignment_3_1_1_0_1 )
            // InternalItup.g:4865:3: rule__Target__ValueAssignment_3_1_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__ValueAssignment_3_1_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getValueAssignment_3_1_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__1__Impl"


    // $ANTLR start "rule__Target__Group_3_1_1_0__2"
    // InternalItup.g:4873:1: rule__Target__Group_3_1_1_0__2 : rule__Target__Group_3_1_1_0__2__Impl ;
    public final void rule__Target__Group_3_1_1_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4877:1: ( rule__Target__Group_3_1_1_0__2__Impl )
            // InternalItup.g:4878:2: rule__Target__Group_3_1_1_0__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_1_0__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__2"


    // $ANTLR start "rule__Target__Group_3_1_1_0__2__Impl"
    // InternalItup.g:4884:1: rule__Target__Group_3_1_1_0__2__Impl : ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? ) ;
    public final void rule__Target__Group_3_1_1_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4888:1: ( ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? ) )
            // InternalItup.g:4889:1: ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? )
            {
            // InternalItup.g:4889:1: ( ( rule__Target__UnitAssignment_3_1_1_0_2 )? )
            // InternalItup.g:4890:2: ( rule__Target__UnitAssignment_3_1_1_0_2 )?
            {
             before(grammarAccess.getTargetAccess().getUnitAssignment_3_1_1_0_2()); 
            // InternalItup.g:4891:2: ( rule__Target__UnitAssignment_3_1_1_0_2 )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==RULE_STRING) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalItup.g:4891:3: rule__Target__UnitAssignment_3_1_1_0_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnitAssignment_3_1_1_0_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getTargetAccess().getUnitAssignment_3_1_1_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_1_0__2__Impl"


    // $ANTLR start "rule__Target__Group_3_1_3__0"
    // InternalItup.g:4900:1: rule__Target__Group_3_1_3__0 : rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1 ;
    public final void rule__Target__Group_3_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4904:1: ( rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1 )
            // InternalItup.g:4905:2: rule__Target__Group_3_1_3__0__Impl rule__Target__Group_3_1_3__1
            {
            pushFollow(FOLLOW_10);
            rule__Target__Group_3_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__0"


    // $ANTLR start "rule__Target__Group_3_1_3__0__Impl"
    // InternalItup.g:4912:1: rule__Target__Group_3_1_3__0__Impl : ( 'population' ) ;
    public final void rule__Target__Group_3_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4916:1: ( ( 'population' ) )
            // InternalItup.g:4917:1: ( 'population' )
            {
            // InternalItup.g:4917:1: ( 'population' )
            // InternalItup.g:4918:2: 'population'
            {
             before(grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0()); 
            match(input,62,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getPopulationKeyword_3_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__0__Impl"


    // $ANTLR start "rule__Target__Group_3_1_3__1"
    // InternalItup.g:4927:1: rule__Target__Group_3_1_3__1 : rule__Target__Group_3_1_3__1__Impl ;
    public final void rule__Target__Group_3_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4931:1: ( rule__Target__Group_3_1_3__1__Impl )
            // InternalItup.g:4932:2: rule__Target__Group_3_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__Group_3_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__1"


    // $ANTLR start "rule__Target__Group_3_1_3__1__Impl"
    // InternalItup.g:4938:1: rule__Target__Group_3_1_3__1__Impl : ( ( rule__Target__PopulationAssignment_3_1_3_1 ) ) ;
    public final void rule__Target__Group_3_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4942:1: ( ( ( rule__Target__PopulationAssignment_3_1_3_1 ) ) )
            // InternalItup.g:4943:1: ( ( rule__Target__PopulationAssignment_3_1_3_1 ) )
            {
            // InternalItup.g:4943:1: ( ( rule__Target__PopulationAssignment_3_1_3_1 ) )
            // InternalItup.g:4944:2: ( rule__Target__PopulationAssignment_3_1_3_1 )
            {
             before(grammarAccess.getTargetAccess().getPopulationAssignment_3_1_3_1()); 
            // InternalItup.g:4945:2: ( rule__Target__PopulationAssignment_3_1_3_1 )
            // InternalItup.g:4945:3: rule__Target__PopulationAssignment_3_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Target__PopulationAssignment_3_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getTargetAccess().getPopulationAssignment_3_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__Group_3_1_3__1__Impl"


    // $ANTLR start "rule__Baseline__Group__0"
    // InternalItup.g:4954:1: rule__Baseline__Group__0 : rule__Baseline__Group__0__Impl rule__Baseline__Group__1 ;
    public final void rule__Baseline__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4958:1: ( rule__Baseline__Group__0__Impl rule__Baseline__Group__1 )
            // InternalItup.g:4959:2: rule__Baseline__Group__0__Impl rule__Baseline__Group__1
            {
            pushFollow(FOLLOW_7);
            rule__Baseline__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__0"


    // $ANTLR start "rule__Baseline__Group__0__Impl"
    // InternalItup.g:4966:1: rule__Baseline__Group__0__Impl : ( 'baseline' ) ;
    public final void rule__Baseline__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4970:1: ( ( 'baseline' ) )
            // InternalItup.g:4971:1: ( 'baseline' )
            {
            // InternalItup.g:4971:1: ( 'baseline' )
            // InternalItup.g:4972:2: 'baseline'
            {
             before(grammarAccess.getBaselineAccess().getBaselineKeyword_0()); 
            match(input,63,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getBaselineKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__0__Impl"


    // $ANTLR start "rule__Baseline__Group__1"
    // InternalItup.g:4981:1: rule__Baseline__Group__1 : rule__Baseline__Group__1__Impl rule__Baseline__Group__2 ;
    public final void rule__Baseline__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4985:1: ( rule__Baseline__Group__1__Impl rule__Baseline__Group__2 )
            // InternalItup.g:4986:2: rule__Baseline__Group__1__Impl rule__Baseline__Group__2
            {
            pushFollow(FOLLOW_38);
            rule__Baseline__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__1"


    // $ANTLR start "rule__Baseline__Group__1__Impl"
    // InternalItup.g:4993:1: rule__Baseline__Group__1__Impl : ( ( rule__Baseline__YearAssignment_1 ) ) ;
    public final void rule__Baseline__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:4997:1: ( ( ( rule__Baseline__YearAssignment_1 ) ) )
            // InternalItup.g:4998:1: ( ( rule__Baseline__YearAssignment_1 ) )
            {
            // InternalItup.g:4998:1: ( ( rule__Baseline__YearAssignment_1 ) )
            // InternalItup.g:4999:2: ( rule__Baseline__YearAssignment_1 )
            {
             before(grammarAccess.getBaselineAccess().getYearAssignment_1()); 
            // InternalItup.g:5000:2: ( rule__Baseline__YearAssignment_1 )
            // InternalItup.g:5000:3: rule__Baseline__YearAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__YearAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getYearAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__1__Impl"


    // $ANTLR start "rule__Baseline__Group__2"
    // InternalItup.g:5008:1: rule__Baseline__Group__2 : rule__Baseline__Group__2__Impl ;
    public final void rule__Baseline__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5012:1: ( rule__Baseline__Group__2__Impl )
            // InternalItup.g:5013:2: rule__Baseline__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__2"


    // $ANTLR start "rule__Baseline__Group__2__Impl"
    // InternalItup.g:5019:1: rule__Baseline__Group__2__Impl : ( ( rule__Baseline__Alternatives_2 )? ) ;
    public final void rule__Baseline__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5023:1: ( ( ( rule__Baseline__Alternatives_2 )? ) )
            // InternalItup.g:5024:1: ( ( rule__Baseline__Alternatives_2 )? )
            {
            // InternalItup.g:5024:1: ( ( rule__Baseline__Alternatives_2 )? )
            // InternalItup.g:5025:2: ( rule__Baseline__Alternatives_2 )?
            {
             before(grammarAccess.getBaselineAccess().getAlternatives_2()); 
            // InternalItup.g:5026:2: ( rule__Baseline__Alternatives_2 )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==58||LA52_0==84) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalItup.g:5026:3: rule__Baseline__Alternatives_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__Alternatives_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBaselineAccess().getAlternatives_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group__2__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__0"
    // InternalItup.g:5035:1: rule__Baseline__Group_2_1__0 : rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1 ;
    public final void rule__Baseline__Group_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5039:1: ( rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1 )
            // InternalItup.g:5040:2: rule__Baseline__Group_2_1__0__Impl rule__Baseline__Group_2_1__1
            {
            pushFollow(FOLLOW_7);
            rule__Baseline__Group_2_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__0"


    // $ANTLR start "rule__Baseline__Group_2_1__0__Impl"
    // InternalItup.g:5047:1: rule__Baseline__Group_2_1__0__Impl : ( 'value' ) ;
    public final void rule__Baseline__Group_2_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5051:1: ( ( 'value' ) )
            // InternalItup.g:5052:1: ( 'value' )
            {
            // InternalItup.g:5052:1: ( 'value' )
            // InternalItup.g:5053:2: 'value'
            {
             before(grammarAccess.getBaselineAccess().getValueKeyword_2_1_0()); 
            match(input,58,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getValueKeyword_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__0__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__1"
    // InternalItup.g:5062:1: rule__Baseline__Group_2_1__1 : rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2 ;
    public final void rule__Baseline__Group_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5066:1: ( rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2 )
            // InternalItup.g:5067:2: rule__Baseline__Group_2_1__1__Impl rule__Baseline__Group_2_1__2
            {
            pushFollow(FOLLOW_10);
            rule__Baseline__Group_2_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__1"


    // $ANTLR start "rule__Baseline__Group_2_1__1__Impl"
    // InternalItup.g:5074:1: rule__Baseline__Group_2_1__1__Impl : ( ( rule__Baseline__ValueAssignment_2_1_1 ) ) ;
    public final void rule__Baseline__Group_2_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5078:1: ( ( ( rule__Baseline__ValueAssignment_2_1_1 ) ) )
            // InternalItup.g:5079:1: ( ( rule__Baseline__ValueAssignment_2_1_1 ) )
            {
            // InternalItup.g:5079:1: ( ( rule__Baseline__ValueAssignment_2_1_1 ) )
            // InternalItup.g:5080:2: ( rule__Baseline__ValueAssignment_2_1_1 )
            {
             before(grammarAccess.getBaselineAccess().getValueAssignment_2_1_1()); 
            // InternalItup.g:5081:2: ( rule__Baseline__ValueAssignment_2_1_1 )
            // InternalItup.g:5081:3: rule__Baseline__ValueAssignment_2_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__ValueAssignment_2_1_1();

            state._fsp--;


            }

             after(grammarAccess.getBaselineAccess().getValueAssignment_2_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__1__Impl"


    // $ANTLR start "rule__Baseline__Group_2_1__2"
    // InternalItup.g:5089:1: rule__Baseline__Group_2_1__2 : rule__Baseline__Group_2_1__2__Impl ;
    public final void rule__Baseline__Group_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5093:1: ( rule__Baseline__Group_2_1__2__Impl )
            // InternalItup.g:5094:2: rule__Baseline__Group_2_1__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Baseline__Group_2_1__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__2"


    // $ANTLR start "rule__Baseline__Group_2_1__2__Impl"
    // InternalItup.g:5100:1: rule__Baseline__Group_2_1__2__Impl : ( ( rule__Baseline__UnitAssignment_2_1_2 )? ) ;
    public final void rule__Baseline__Group_2_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5104:1: ( ( ( rule__Baseline__UnitAssignment_2_1_2 )? ) )
            // InternalItup.g:5105:1: ( ( rule__Baseline__UnitAssignment_2_1_2 )? )
            {
            // InternalItup.g:5105:1: ( ( rule__Baseline__UnitAssignment_2_1_2 )? )
            // InternalItup.g:5106:2: ( rule__Baseline__UnitAssignment_2_1_2 )?
            {
             before(grammarAccess.getBaselineAccess().getUnitAssignment_2_1_2()); 
            // InternalItup.g:5107:2: ( rule__Baseline__UnitAssignment_2_1_2 )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==RULE_STRING) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalItup.g:5107:3: rule__Baseline__UnitAssignment_2_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Baseline__UnitAssignment_2_1_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBaselineAccess().getUnitAssignment_2_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__Group_2_1__2__Impl"


    // $ANTLR start "rule__SdgLink__Group__0"
    // InternalItup.g:5116:1: rule__SdgLink__Group__0 : rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1 ;
    public final void rule__SdgLink__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5120:1: ( rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1 )
            // InternalItup.g:5121:2: rule__SdgLink__Group__0__Impl rule__SdgLink__Group__1
            {
            pushFollow(FOLLOW_39);
            rule__SdgLink__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__0"


    // $ANTLR start "rule__SdgLink__Group__0__Impl"
    // InternalItup.g:5128:1: rule__SdgLink__Group__0__Impl : ( ( rule__SdgLink__TargetAssignment_0 ) ) ;
    public final void rule__SdgLink__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5132:1: ( ( ( rule__SdgLink__TargetAssignment_0 ) ) )
            // InternalItup.g:5133:1: ( ( rule__SdgLink__TargetAssignment_0 ) )
            {
            // InternalItup.g:5133:1: ( ( rule__SdgLink__TargetAssignment_0 ) )
            // InternalItup.g:5134:2: ( rule__SdgLink__TargetAssignment_0 )
            {
             before(grammarAccess.getSdgLinkAccess().getTargetAssignment_0()); 
            // InternalItup.g:5135:2: ( rule__SdgLink__TargetAssignment_0 )
            // InternalItup.g:5135:3: rule__SdgLink__TargetAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__TargetAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getTargetAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__0__Impl"


    // $ANTLR start "rule__SdgLink__Group__1"
    // InternalItup.g:5143:1: rule__SdgLink__Group__1 : rule__SdgLink__Group__1__Impl ;
    public final void rule__SdgLink__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5147:1: ( rule__SdgLink__Group__1__Impl )
            // InternalItup.g:5148:2: rule__SdgLink__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__1"


    // $ANTLR start "rule__SdgLink__Group__1__Impl"
    // InternalItup.g:5154:1: rule__SdgLink__Group__1__Impl : ( ( rule__SdgLink__Group_1__0 )? ) ;
    public final void rule__SdgLink__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5158:1: ( ( ( rule__SdgLink__Group_1__0 )? ) )
            // InternalItup.g:5159:1: ( ( rule__SdgLink__Group_1__0 )? )
            {
            // InternalItup.g:5159:1: ( ( rule__SdgLink__Group_1__0 )? )
            // InternalItup.g:5160:2: ( rule__SdgLink__Group_1__0 )?
            {
             before(grammarAccess.getSdgLinkAccess().getGroup_1()); 
            // InternalItup.g:5161:2: ( rule__SdgLink__Group_1__0 )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==64) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalItup.g:5161:3: rule__SdgLink__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__SdgLink__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSdgLinkAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group__1__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__0"
    // InternalItup.g:5170:1: rule__SdgLink__Group_1__0 : rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1 ;
    public final void rule__SdgLink__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5174:1: ( rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1 )
            // InternalItup.g:5175:2: rule__SdgLink__Group_1__0__Impl rule__SdgLink__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__SdgLink__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__0"


    // $ANTLR start "rule__SdgLink__Group_1__0__Impl"
    // InternalItup.g:5182:1: rule__SdgLink__Group_1__0__Impl : ( '(' ) ;
    public final void rule__SdgLink__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5186:1: ( ( '(' ) )
            // InternalItup.g:5187:1: ( '(' )
            {
            // InternalItup.g:5187:1: ( '(' )
            // InternalItup.g:5188:2: '('
            {
             before(grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0()); 
            match(input,64,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getLeftParenthesisKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__0__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__1"
    // InternalItup.g:5197:1: rule__SdgLink__Group_1__1 : rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2 ;
    public final void rule__SdgLink__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5201:1: ( rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2 )
            // InternalItup.g:5202:2: rule__SdgLink__Group_1__1__Impl rule__SdgLink__Group_1__2
            {
            pushFollow(FOLLOW_40);
            rule__SdgLink__Group_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__1"


    // $ANTLR start "rule__SdgLink__Group_1__1__Impl"
    // InternalItup.g:5209:1: rule__SdgLink__Group_1__1__Impl : ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) ) ;
    public final void rule__SdgLink__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5213:1: ( ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) ) )
            // InternalItup.g:5214:1: ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) )
            {
            // InternalItup.g:5214:1: ( ( rule__SdgLink__IndicatorsAssignment_1_1 ) )
            // InternalItup.g:5215:2: ( rule__SdgLink__IndicatorsAssignment_1_1 )
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_1()); 
            // InternalItup.g:5216:2: ( rule__SdgLink__IndicatorsAssignment_1_1 )
            // InternalItup.g:5216:3: rule__SdgLink__IndicatorsAssignment_1_1
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__IndicatorsAssignment_1_1();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__1__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__2"
    // InternalItup.g:5224:1: rule__SdgLink__Group_1__2 : rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3 ;
    public final void rule__SdgLink__Group_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5228:1: ( rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3 )
            // InternalItup.g:5229:2: rule__SdgLink__Group_1__2__Impl rule__SdgLink__Group_1__3
            {
            pushFollow(FOLLOW_40);
            rule__SdgLink__Group_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__2"


    // $ANTLR start "rule__SdgLink__Group_1__2__Impl"
    // InternalItup.g:5236:1: rule__SdgLink__Group_1__2__Impl : ( ( rule__SdgLink__Group_1_2__0 )* ) ;
    public final void rule__SdgLink__Group_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5240:1: ( ( ( rule__SdgLink__Group_1_2__0 )* ) )
            // InternalItup.g:5241:1: ( ( rule__SdgLink__Group_1_2__0 )* )
            {
            // InternalItup.g:5241:1: ( ( rule__SdgLink__Group_1_2__0 )* )
            // InternalItup.g:5242:2: ( rule__SdgLink__Group_1_2__0 )*
            {
             before(grammarAccess.getSdgLinkAccess().getGroup_1_2()); 
            // InternalItup.g:5243:2: ( rule__SdgLink__Group_1_2__0 )*
            loop55:
            do {
                int alt55=2;
                int LA55_0 = input.LA(1);

                if ( (LA55_0==39) ) {
                    alt55=1;
                }


                switch (alt55) {
            	case 1 :
            	    // InternalItup.g:5243:3: rule__SdgLink__Group_1_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__SdgLink__Group_1_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop55;
                }
            } while (true);

             after(grammarAccess.getSdgLinkAccess().getGroup_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__2__Impl"


    // $ANTLR start "rule__SdgLink__Group_1__3"
    // InternalItup.g:5251:1: rule__SdgLink__Group_1__3 : rule__SdgLink__Group_1__3__Impl ;
    public final void rule__SdgLink__Group_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5255:1: ( rule__SdgLink__Group_1__3__Impl )
            // InternalItup.g:5256:2: rule__SdgLink__Group_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__3"


    // $ANTLR start "rule__SdgLink__Group_1__3__Impl"
    // InternalItup.g:5262:1: rule__SdgLink__Group_1__3__Impl : ( ')' ) ;
    public final void rule__SdgLink__Group_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5266:1: ( ( ')' ) )
            // InternalItup.g:5267:1: ( ')' )
            {
            // InternalItup.g:5267:1: ( ')' )
            // InternalItup.g:5268:2: ')'
            {
             before(grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3()); 
            match(input,65,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getRightParenthesisKeyword_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1__3__Impl"


    // $ANTLR start "rule__SdgLink__Group_1_2__0"
    // InternalItup.g:5278:1: rule__SdgLink__Group_1_2__0 : rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1 ;
    public final void rule__SdgLink__Group_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5282:1: ( rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1 )
            // InternalItup.g:5283:2: rule__SdgLink__Group_1_2__0__Impl rule__SdgLink__Group_1_2__1
            {
            pushFollow(FOLLOW_11);
            rule__SdgLink__Group_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__0"


    // $ANTLR start "rule__SdgLink__Group_1_2__0__Impl"
    // InternalItup.g:5290:1: rule__SdgLink__Group_1_2__0__Impl : ( ',' ) ;
    public final void rule__SdgLink__Group_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5294:1: ( ( ',' ) )
            // InternalItup.g:5295:1: ( ',' )
            {
            // InternalItup.g:5295:1: ( ',' )
            // InternalItup.g:5296:2: ','
            {
             before(grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getSdgLinkAccess().getCommaKeyword_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__0__Impl"


    // $ANTLR start "rule__SdgLink__Group_1_2__1"
    // InternalItup.g:5305:1: rule__SdgLink__Group_1_2__1 : rule__SdgLink__Group_1_2__1__Impl ;
    public final void rule__SdgLink__Group_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5309:1: ( rule__SdgLink__Group_1_2__1__Impl )
            // InternalItup.g:5310:2: rule__SdgLink__Group_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__Group_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__1"


    // $ANTLR start "rule__SdgLink__Group_1_2__1__Impl"
    // InternalItup.g:5316:1: rule__SdgLink__Group_1_2__1__Impl : ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) ) ;
    public final void rule__SdgLink__Group_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5320:1: ( ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) ) )
            // InternalItup.g:5321:1: ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) )
            {
            // InternalItup.g:5321:1: ( ( rule__SdgLink__IndicatorsAssignment_1_2_1 ) )
            // InternalItup.g:5322:2: ( rule__SdgLink__IndicatorsAssignment_1_2_1 )
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_2_1()); 
            // InternalItup.g:5323:2: ( rule__SdgLink__IndicatorsAssignment_1_2_1 )
            // InternalItup.g:5323:3: rule__SdgLink__IndicatorsAssignment_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__SdgLink__IndicatorsAssignment_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getSdgLinkAccess().getIndicatorsAssignment_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__Group_1_2__1__Impl"


    // $ANTLR start "rule__Sector__Group__0"
    // InternalItup.g:5332:1: rule__Sector__Group__0 : rule__Sector__Group__0__Impl rule__Sector__Group__1 ;
    public final void rule__Sector__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5336:1: ( rule__Sector__Group__0__Impl rule__Sector__Group__1 )
            // InternalItup.g:5337:2: rule__Sector__Group__0__Impl rule__Sector__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Sector__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__0"


    // $ANTLR start "rule__Sector__Group__0__Impl"
    // InternalItup.g:5344:1: rule__Sector__Group__0__Impl : ( ( rule__Sector__KindAssignment_0 ) ) ;
    public final void rule__Sector__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5348:1: ( ( ( rule__Sector__KindAssignment_0 ) ) )
            // InternalItup.g:5349:1: ( ( rule__Sector__KindAssignment_0 ) )
            {
            // InternalItup.g:5349:1: ( ( rule__Sector__KindAssignment_0 ) )
            // InternalItup.g:5350:2: ( rule__Sector__KindAssignment_0 )
            {
             before(grammarAccess.getSectorAccess().getKindAssignment_0()); 
            // InternalItup.g:5351:2: ( rule__Sector__KindAssignment_0 )
            // InternalItup.g:5351:3: rule__Sector__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Sector__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__0__Impl"


    // $ANTLR start "rule__Sector__Group__1"
    // InternalItup.g:5359:1: rule__Sector__Group__1 : rule__Sector__Group__1__Impl rule__Sector__Group__2 ;
    public final void rule__Sector__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5363:1: ( rule__Sector__Group__1__Impl rule__Sector__Group__2 )
            // InternalItup.g:5364:2: rule__Sector__Group__1__Impl rule__Sector__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Sector__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__1"


    // $ANTLR start "rule__Sector__Group__1__Impl"
    // InternalItup.g:5371:1: rule__Sector__Group__1__Impl : ( ( rule__Sector__NameAssignment_1 ) ) ;
    public final void rule__Sector__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5375:1: ( ( ( rule__Sector__NameAssignment_1 ) ) )
            // InternalItup.g:5376:1: ( ( rule__Sector__NameAssignment_1 ) )
            {
            // InternalItup.g:5376:1: ( ( rule__Sector__NameAssignment_1 ) )
            // InternalItup.g:5377:2: ( rule__Sector__NameAssignment_1 )
            {
             before(grammarAccess.getSectorAccess().getNameAssignment_1()); 
            // InternalItup.g:5378:2: ( rule__Sector__NameAssignment_1 )
            // InternalItup.g:5378:3: rule__Sector__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Sector__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__1__Impl"


    // $ANTLR start "rule__Sector__Group__2"
    // InternalItup.g:5386:1: rule__Sector__Group__2 : rule__Sector__Group__2__Impl rule__Sector__Group__3 ;
    public final void rule__Sector__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5390:1: ( rule__Sector__Group__2__Impl rule__Sector__Group__3 )
            // InternalItup.g:5391:2: rule__Sector__Group__2__Impl rule__Sector__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Sector__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__2"


    // $ANTLR start "rule__Sector__Group__2__Impl"
    // InternalItup.g:5398:1: rule__Sector__Group__2__Impl : ( ( rule__Sector__TitleAssignment_2 )? ) ;
    public final void rule__Sector__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5402:1: ( ( ( rule__Sector__TitleAssignment_2 )? ) )
            // InternalItup.g:5403:1: ( ( rule__Sector__TitleAssignment_2 )? )
            {
            // InternalItup.g:5403:1: ( ( rule__Sector__TitleAssignment_2 )? )
            // InternalItup.g:5404:2: ( rule__Sector__TitleAssignment_2 )?
            {
             before(grammarAccess.getSectorAccess().getTitleAssignment_2()); 
            // InternalItup.g:5405:2: ( rule__Sector__TitleAssignment_2 )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==RULE_STRING) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalItup.g:5405:3: rule__Sector__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSectorAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__2__Impl"


    // $ANTLR start "rule__Sector__Group__3"
    // InternalItup.g:5413:1: rule__Sector__Group__3 : rule__Sector__Group__3__Impl rule__Sector__Group__4 ;
    public final void rule__Sector__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5417:1: ( rule__Sector__Group__3__Impl rule__Sector__Group__4 )
            // InternalItup.g:5418:2: rule__Sector__Group__3__Impl rule__Sector__Group__4
            {
            pushFollow(FOLLOW_41);
            rule__Sector__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__3"


    // $ANTLR start "rule__Sector__Group__3__Impl"
    // InternalItup.g:5425:1: rule__Sector__Group__3__Impl : ( '{' ) ;
    public final void rule__Sector__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5429:1: ( ( '{' ) )
            // InternalItup.g:5430:1: ( '{' )
            {
            // InternalItup.g:5430:1: ( '{' )
            // InternalItup.g:5431:2: '{'
            {
             before(grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__3__Impl"


    // $ANTLR start "rule__Sector__Group__4"
    // InternalItup.g:5440:1: rule__Sector__Group__4 : rule__Sector__Group__4__Impl rule__Sector__Group__5 ;
    public final void rule__Sector__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5444:1: ( rule__Sector__Group__4__Impl rule__Sector__Group__5 )
            // InternalItup.g:5445:2: rule__Sector__Group__4__Impl rule__Sector__Group__5
            {
            pushFollow(FOLLOW_41);
            rule__Sector__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__4"


    // $ANTLR start "rule__Sector__Group__4__Impl"
    // InternalItup.g:5452:1: rule__Sector__Group__4__Impl : ( ( rule__Sector__Group_4__0 )? ) ;
    public final void rule__Sector__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5456:1: ( ( ( rule__Sector__Group_4__0 )? ) )
            // InternalItup.g:5457:1: ( ( rule__Sector__Group_4__0 )? )
            {
            // InternalItup.g:5457:1: ( ( rule__Sector__Group_4__0 )? )
            // InternalItup.g:5458:2: ( rule__Sector__Group_4__0 )?
            {
             before(grammarAccess.getSectorAccess().getGroup_4()); 
            // InternalItup.g:5459:2: ( rule__Sector__Group_4__0 )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==66) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalItup.g:5459:3: rule__Sector__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Sector__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getSectorAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__4__Impl"


    // $ANTLR start "rule__Sector__Group__5"
    // InternalItup.g:5467:1: rule__Sector__Group__5 : rule__Sector__Group__5__Impl rule__Sector__Group__6 ;
    public final void rule__Sector__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5471:1: ( rule__Sector__Group__5__Impl rule__Sector__Group__6 )
            // InternalItup.g:5472:2: rule__Sector__Group__5__Impl rule__Sector__Group__6
            {
            pushFollow(FOLLOW_41);
            rule__Sector__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__5"


    // $ANTLR start "rule__Sector__Group__5__Impl"
    // InternalItup.g:5479:1: rule__Sector__Group__5__Impl : ( ( rule__Sector__Alternatives_5 )* ) ;
    public final void rule__Sector__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5483:1: ( ( ( rule__Sector__Alternatives_5 )* ) )
            // InternalItup.g:5484:1: ( ( rule__Sector__Alternatives_5 )* )
            {
            // InternalItup.g:5484:1: ( ( rule__Sector__Alternatives_5 )* )
            // InternalItup.g:5485:2: ( rule__Sector__Alternatives_5 )*
            {
             before(grammarAccess.getSectorAccess().getAlternatives_5()); 
            // InternalItup.g:5486:2: ( rule__Sector__Alternatives_5 )*
            loop58:
            do {
                int alt58=2;
                int LA58_0 = input.LA(1);

                if ( (LA58_0==52||LA58_0==73) ) {
                    alt58=1;
                }


                switch (alt58) {
            	case 1 :
            	    // InternalItup.g:5486:3: rule__Sector__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_42);
            	    rule__Sector__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop58;
                }
            } while (true);

             after(grammarAccess.getSectorAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__5__Impl"


    // $ANTLR start "rule__Sector__Group__6"
    // InternalItup.g:5494:1: rule__Sector__Group__6 : rule__Sector__Group__6__Impl ;
    public final void rule__Sector__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5498:1: ( rule__Sector__Group__6__Impl )
            // InternalItup.g:5499:2: rule__Sector__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__6"


    // $ANTLR start "rule__Sector__Group__6__Impl"
    // InternalItup.g:5505:1: rule__Sector__Group__6__Impl : ( '}' ) ;
    public final void rule__Sector__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5509:1: ( ( '}' ) )
            // InternalItup.g:5510:1: ( '}' )
            {
            // InternalItup.g:5510:1: ( '}' )
            // InternalItup.g:5511:2: '}'
            {
             before(grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group__6__Impl"


    // $ANTLR start "rule__Sector__Group_4__0"
    // InternalItup.g:5521:1: rule__Sector__Group_4__0 : rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1 ;
    public final void rule__Sector__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5525:1: ( rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1 )
            // InternalItup.g:5526:2: rule__Sector__Group_4__0__Impl rule__Sector__Group_4__1
            {
            pushFollow(FOLLOW_11);
            rule__Sector__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Sector__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__0"


    // $ANTLR start "rule__Sector__Group_4__0__Impl"
    // InternalItup.g:5533:1: rule__Sector__Group_4__0__Impl : ( 'bureau' ) ;
    public final void rule__Sector__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5537:1: ( ( 'bureau' ) )
            // InternalItup.g:5538:1: ( 'bureau' )
            {
            // InternalItup.g:5538:1: ( 'bureau' )
            // InternalItup.g:5539:2: 'bureau'
            {
             before(grammarAccess.getSectorAccess().getBureauKeyword_4_0()); 
            match(input,66,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getBureauKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__0__Impl"


    // $ANTLR start "rule__Sector__Group_4__1"
    // InternalItup.g:5548:1: rule__Sector__Group_4__1 : rule__Sector__Group_4__1__Impl ;
    public final void rule__Sector__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5552:1: ( rule__Sector__Group_4__1__Impl )
            // InternalItup.g:5553:2: rule__Sector__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Sector__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__1"


    // $ANTLR start "rule__Sector__Group_4__1__Impl"
    // InternalItup.g:5559:1: rule__Sector__Group_4__1__Impl : ( ( rule__Sector__BureauAssignment_4_1 ) ) ;
    public final void rule__Sector__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5563:1: ( ( ( rule__Sector__BureauAssignment_4_1 ) ) )
            // InternalItup.g:5564:1: ( ( rule__Sector__BureauAssignment_4_1 ) )
            {
            // InternalItup.g:5564:1: ( ( rule__Sector__BureauAssignment_4_1 ) )
            // InternalItup.g:5565:2: ( rule__Sector__BureauAssignment_4_1 )
            {
             before(grammarAccess.getSectorAccess().getBureauAssignment_4_1()); 
            // InternalItup.g:5566:2: ( rule__Sector__BureauAssignment_4_1 )
            // InternalItup.g:5566:3: rule__Sector__BureauAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Sector__BureauAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getSectorAccess().getBureauAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__Group_4__1__Impl"


    // $ANTLR start "rule__Bureau__Group__0"
    // InternalItup.g:5575:1: rule__Bureau__Group__0 : rule__Bureau__Group__0__Impl rule__Bureau__Group__1 ;
    public final void rule__Bureau__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5579:1: ( rule__Bureau__Group__0__Impl rule__Bureau__Group__1 )
            // InternalItup.g:5580:2: rule__Bureau__Group__0__Impl rule__Bureau__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__Bureau__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Bureau__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__0"


    // $ANTLR start "rule__Bureau__Group__0__Impl"
    // InternalItup.g:5587:1: rule__Bureau__Group__0__Impl : ( ( rule__Bureau__NameAssignment_0 ) ) ;
    public final void rule__Bureau__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5591:1: ( ( ( rule__Bureau__NameAssignment_0 ) ) )
            // InternalItup.g:5592:1: ( ( rule__Bureau__NameAssignment_0 ) )
            {
            // InternalItup.g:5592:1: ( ( rule__Bureau__NameAssignment_0 ) )
            // InternalItup.g:5593:2: ( rule__Bureau__NameAssignment_0 )
            {
             before(grammarAccess.getBureauAccess().getNameAssignment_0()); 
            // InternalItup.g:5594:2: ( rule__Bureau__NameAssignment_0 )
            // InternalItup.g:5594:3: rule__Bureau__NameAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__NameAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getBureauAccess().getNameAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__0__Impl"


    // $ANTLR start "rule__Bureau__Group__1"
    // InternalItup.g:5602:1: rule__Bureau__Group__1 : rule__Bureau__Group__1__Impl ;
    public final void rule__Bureau__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5606:1: ( rule__Bureau__Group__1__Impl )
            // InternalItup.g:5607:2: rule__Bureau__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Bureau__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__1"


    // $ANTLR start "rule__Bureau__Group__1__Impl"
    // InternalItup.g:5613:1: rule__Bureau__Group__1__Impl : ( ( rule__Bureau__TitleAssignment_1 )? ) ;
    public final void rule__Bureau__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5617:1: ( ( ( rule__Bureau__TitleAssignment_1 )? ) )
            // InternalItup.g:5618:1: ( ( rule__Bureau__TitleAssignment_1 )? )
            {
            // InternalItup.g:5618:1: ( ( rule__Bureau__TitleAssignment_1 )? )
            // InternalItup.g:5619:2: ( rule__Bureau__TitleAssignment_1 )?
            {
             before(grammarAccess.getBureauAccess().getTitleAssignment_1()); 
            // InternalItup.g:5620:2: ( rule__Bureau__TitleAssignment_1 )?
            int alt59=2;
            int LA59_0 = input.LA(1);

            if ( (LA59_0==RULE_STRING) ) {
                alt59=1;
            }
            switch (alt59) {
                case 1 :
                    // InternalItup.g:5620:3: rule__Bureau__TitleAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Bureau__TitleAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getBureauAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__Group__1__Impl"


    // $ANTLR start "rule__Objective__Group__0"
    // InternalItup.g:5629:1: rule__Objective__Group__0 : rule__Objective__Group__0__Impl rule__Objective__Group__1 ;
    public final void rule__Objective__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5633:1: ( rule__Objective__Group__0__Impl rule__Objective__Group__1 )
            // InternalItup.g:5634:2: rule__Objective__Group__0__Impl rule__Objective__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__0"


    // $ANTLR start "rule__Objective__Group__0__Impl"
    // InternalItup.g:5641:1: rule__Objective__Group__0__Impl : ( 'objective' ) ;
    public final void rule__Objective__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5645:1: ( ( 'objective' ) )
            // InternalItup.g:5646:1: ( 'objective' )
            {
            // InternalItup.g:5646:1: ( 'objective' )
            // InternalItup.g:5647:2: 'objective'
            {
             before(grammarAccess.getObjectiveAccess().getObjectiveKeyword_0()); 
            match(input,52,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getObjectiveKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__0__Impl"


    // $ANTLR start "rule__Objective__Group__1"
    // InternalItup.g:5656:1: rule__Objective__Group__1 : rule__Objective__Group__1__Impl rule__Objective__Group__2 ;
    public final void rule__Objective__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5660:1: ( rule__Objective__Group__1__Impl rule__Objective__Group__2 )
            // InternalItup.g:5661:2: rule__Objective__Group__1__Impl rule__Objective__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Objective__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__1"


    // $ANTLR start "rule__Objective__Group__1__Impl"
    // InternalItup.g:5668:1: rule__Objective__Group__1__Impl : ( ( rule__Objective__NameAssignment_1 ) ) ;
    public final void rule__Objective__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5672:1: ( ( ( rule__Objective__NameAssignment_1 ) ) )
            // InternalItup.g:5673:1: ( ( rule__Objective__NameAssignment_1 ) )
            {
            // InternalItup.g:5673:1: ( ( rule__Objective__NameAssignment_1 ) )
            // InternalItup.g:5674:2: ( rule__Objective__NameAssignment_1 )
            {
             before(grammarAccess.getObjectiveAccess().getNameAssignment_1()); 
            // InternalItup.g:5675:2: ( rule__Objective__NameAssignment_1 )
            // InternalItup.g:5675:3: rule__Objective__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__1__Impl"


    // $ANTLR start "rule__Objective__Group__2"
    // InternalItup.g:5683:1: rule__Objective__Group__2 : rule__Objective__Group__2__Impl rule__Objective__Group__3 ;
    public final void rule__Objective__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5687:1: ( rule__Objective__Group__2__Impl rule__Objective__Group__3 )
            // InternalItup.g:5688:2: rule__Objective__Group__2__Impl rule__Objective__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Objective__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__2"


    // $ANTLR start "rule__Objective__Group__2__Impl"
    // InternalItup.g:5695:1: rule__Objective__Group__2__Impl : ( ( rule__Objective__TitleAssignment_2 )? ) ;
    public final void rule__Objective__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5699:1: ( ( ( rule__Objective__TitleAssignment_2 )? ) )
            // InternalItup.g:5700:1: ( ( rule__Objective__TitleAssignment_2 )? )
            {
            // InternalItup.g:5700:1: ( ( rule__Objective__TitleAssignment_2 )? )
            // InternalItup.g:5701:2: ( rule__Objective__TitleAssignment_2 )?
            {
             before(grammarAccess.getObjectiveAccess().getTitleAssignment_2()); 
            // InternalItup.g:5702:2: ( rule__Objective__TitleAssignment_2 )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==RULE_STRING) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalItup.g:5702:3: rule__Objective__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getObjectiveAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__2__Impl"


    // $ANTLR start "rule__Objective__Group__3"
    // InternalItup.g:5710:1: rule__Objective__Group__3 : rule__Objective__Group__3__Impl rule__Objective__Group__4 ;
    public final void rule__Objective__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5714:1: ( rule__Objective__Group__3__Impl rule__Objective__Group__4 )
            // InternalItup.g:5715:2: rule__Objective__Group__3__Impl rule__Objective__Group__4
            {
            pushFollow(FOLLOW_43);
            rule__Objective__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__3"


    // $ANTLR start "rule__Objective__Group__3__Impl"
    // InternalItup.g:5722:1: rule__Objective__Group__3__Impl : ( '{' ) ;
    public final void rule__Objective__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5726:1: ( ( '{' ) )
            // InternalItup.g:5727:1: ( '{' )
            {
            // InternalItup.g:5727:1: ( '{' )
            // InternalItup.g:5728:2: '{'
            {
             before(grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__3__Impl"


    // $ANTLR start "rule__Objective__Group__4"
    // InternalItup.g:5737:1: rule__Objective__Group__4 : rule__Objective__Group__4__Impl rule__Objective__Group__5 ;
    public final void rule__Objective__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5741:1: ( rule__Objective__Group__4__Impl rule__Objective__Group__5 )
            // InternalItup.g:5742:2: rule__Objective__Group__4__Impl rule__Objective__Group__5
            {
            pushFollow(FOLLOW_43);
            rule__Objective__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__4"


    // $ANTLR start "rule__Objective__Group__4__Impl"
    // InternalItup.g:5749:1: rule__Objective__Group__4__Impl : ( ( rule__Objective__Group_4__0 )? ) ;
    public final void rule__Objective__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5753:1: ( ( ( rule__Objective__Group_4__0 )? ) )
            // InternalItup.g:5754:1: ( ( rule__Objective__Group_4__0 )? )
            {
            // InternalItup.g:5754:1: ( ( rule__Objective__Group_4__0 )? )
            // InternalItup.g:5755:2: ( rule__Objective__Group_4__0 )?
            {
             before(grammarAccess.getObjectiveAccess().getGroup_4()); 
            // InternalItup.g:5756:2: ( rule__Objective__Group_4__0 )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==59) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalItup.g:5756:3: rule__Objective__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Objective__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getObjectiveAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__4__Impl"


    // $ANTLR start "rule__Objective__Group__5"
    // InternalItup.g:5764:1: rule__Objective__Group__5 : rule__Objective__Group__5__Impl rule__Objective__Group__6 ;
    public final void rule__Objective__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5768:1: ( rule__Objective__Group__5__Impl rule__Objective__Group__6 )
            // InternalItup.g:5769:2: rule__Objective__Group__5__Impl rule__Objective__Group__6
            {
            pushFollow(FOLLOW_43);
            rule__Objective__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__5"


    // $ANTLR start "rule__Objective__Group__5__Impl"
    // InternalItup.g:5776:1: rule__Objective__Group__5__Impl : ( ( rule__Objective__Alternatives_5 )* ) ;
    public final void rule__Objective__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5780:1: ( ( ( rule__Objective__Alternatives_5 )* ) )
            // InternalItup.g:5781:1: ( ( rule__Objective__Alternatives_5 )* )
            {
            // InternalItup.g:5781:1: ( ( rule__Objective__Alternatives_5 )* )
            // InternalItup.g:5782:2: ( rule__Objective__Alternatives_5 )*
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5()); 
            // InternalItup.g:5783:2: ( rule__Objective__Alternatives_5 )*
            loop62:
            do {
                int alt62=2;
                int LA62_0 = input.LA(1);

                if ( (LA62_0==43||LA62_0==53||(LA62_0>=67 && LA62_0<=69)) ) {
                    alt62=1;
                }


                switch (alt62) {
            	case 1 :
            	    // InternalItup.g:5783:3: rule__Objective__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_44);
            	    rule__Objective__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop62;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__5__Impl"


    // $ANTLR start "rule__Objective__Group__6"
    // InternalItup.g:5791:1: rule__Objective__Group__6 : rule__Objective__Group__6__Impl ;
    public final void rule__Objective__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5795:1: ( rule__Objective__Group__6__Impl )
            // InternalItup.g:5796:2: rule__Objective__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__6"


    // $ANTLR start "rule__Objective__Group__6__Impl"
    // InternalItup.g:5802:1: rule__Objective__Group__6__Impl : ( '}' ) ;
    public final void rule__Objective__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5806:1: ( ( '}' ) )
            // InternalItup.g:5807:1: ( '}' )
            {
            // InternalItup.g:5807:1: ( '}' )
            // InternalItup.g:5808:2: '}'
            {
             before(grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group__6__Impl"


    // $ANTLR start "rule__Objective__Group_4__0"
    // InternalItup.g:5818:1: rule__Objective__Group_4__0 : rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1 ;
    public final void rule__Objective__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5822:1: ( rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1 )
            // InternalItup.g:5823:2: rule__Objective__Group_4__0__Impl rule__Objective__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__Objective__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__0"


    // $ANTLR start "rule__Objective__Group_4__0__Impl"
    // InternalItup.g:5830:1: rule__Objective__Group_4__0__Impl : ( 'statement' ) ;
    public final void rule__Objective__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5834:1: ( ( 'statement' ) )
            // InternalItup.g:5835:1: ( 'statement' )
            {
            // InternalItup.g:5835:1: ( 'statement' )
            // InternalItup.g:5836:2: 'statement'
            {
             before(grammarAccess.getObjectiveAccess().getStatementKeyword_4_0()); 
            match(input,59,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getStatementKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__0__Impl"


    // $ANTLR start "rule__Objective__Group_4__1"
    // InternalItup.g:5845:1: rule__Objective__Group_4__1 : rule__Objective__Group_4__1__Impl ;
    public final void rule__Objective__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5849:1: ( rule__Objective__Group_4__1__Impl )
            // InternalItup.g:5850:2: rule__Objective__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__1"


    // $ANTLR start "rule__Objective__Group_4__1__Impl"
    // InternalItup.g:5856:1: rule__Objective__Group_4__1__Impl : ( ( rule__Objective__StatementAssignment_4_1 ) ) ;
    public final void rule__Objective__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5860:1: ( ( ( rule__Objective__StatementAssignment_4_1 ) ) )
            // InternalItup.g:5861:1: ( ( rule__Objective__StatementAssignment_4_1 ) )
            {
            // InternalItup.g:5861:1: ( ( rule__Objective__StatementAssignment_4_1 ) )
            // InternalItup.g:5862:2: ( rule__Objective__StatementAssignment_4_1 )
            {
             before(grammarAccess.getObjectiveAccess().getStatementAssignment_4_1()); 
            // InternalItup.g:5863:2: ( rule__Objective__StatementAssignment_4_1 )
            // InternalItup.g:5863:3: rule__Objective__StatementAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__StatementAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getStatementAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_4__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__0"
    // InternalItup.g:5872:1: rule__Objective__Group_5_0__0 : rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1 ;
    public final void rule__Objective__Group_5_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5876:1: ( rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1 )
            // InternalItup.g:5877:2: rule__Objective__Group_5_0__0__Impl rule__Objective__Group_5_0__1
            {
            pushFollow(FOLLOW_45);
            rule__Objective__Group_5_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__0"


    // $ANTLR start "rule__Objective__Group_5_0__0__Impl"
    // InternalItup.g:5884:1: rule__Objective__Group_5_0__0__Impl : ( 'primary' ) ;
    public final void rule__Objective__Group_5_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5888:1: ( ( 'primary' ) )
            // InternalItup.g:5889:1: ( 'primary' )
            {
            // InternalItup.g:5889:1: ( 'primary' )
            // InternalItup.g:5890:2: 'primary'
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0()); 
            match(input,67,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getPrimaryKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__1"
    // InternalItup.g:5899:1: rule__Objective__Group_5_0__1 : rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2 ;
    public final void rule__Objective__Group_5_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5903:1: ( rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2 )
            // InternalItup.g:5904:2: rule__Objective__Group_5_0__1__Impl rule__Objective__Group_5_0__2
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_0__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__1"


    // $ANTLR start "rule__Objective__Group_5_0__1__Impl"
    // InternalItup.g:5911:1: rule__Objective__Group_5_0__1__Impl : ( ( rule__Objective__Alternatives_5_0_1 ) ) ;
    public final void rule__Objective__Group_5_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5915:1: ( ( ( rule__Objective__Alternatives_5_0_1 ) ) )
            // InternalItup.g:5916:1: ( ( rule__Objective__Alternatives_5_0_1 ) )
            {
            // InternalItup.g:5916:1: ( ( rule__Objective__Alternatives_5_0_1 ) )
            // InternalItup.g:5917:2: ( rule__Objective__Alternatives_5_0_1 )
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5_0_1()); 
            // InternalItup.g:5918:2: ( rule__Objective__Alternatives_5_0_1 )
            // InternalItup.g:5918:3: rule__Objective__Alternatives_5_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Alternatives_5_0_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getAlternatives_5_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__2"
    // InternalItup.g:5926:1: rule__Objective__Group_5_0__2 : rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3 ;
    public final void rule__Objective__Group_5_0__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5930:1: ( rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3 )
            // InternalItup.g:5931:2: rule__Objective__Group_5_0__2__Impl rule__Objective__Group_5_0__3
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_0__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__2"


    // $ANTLR start "rule__Objective__Group_5_0__2__Impl"
    // InternalItup.g:5938:1: rule__Objective__Group_5_0__2__Impl : ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) ) ;
    public final void rule__Objective__Group_5_0__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5942:1: ( ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) ) )
            // InternalItup.g:5943:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) )
            {
            // InternalItup.g:5943:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_2 ) )
            // InternalItup.g:5944:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_2 )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_2()); 
            // InternalItup.g:5945:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_2 )
            // InternalItup.g:5945:3: rule__Objective__PrimaryGoalsAssignment_5_0_2
            {
            pushFollow(FOLLOW_2);
            rule__Objective__PrimaryGoalsAssignment_5_0_2();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_0__3"
    // InternalItup.g:5953:1: rule__Objective__Group_5_0__3 : rule__Objective__Group_5_0__3__Impl ;
    public final void rule__Objective__Group_5_0__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5957:1: ( rule__Objective__Group_5_0__3__Impl )
            // InternalItup.g:5958:2: rule__Objective__Group_5_0__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__3"


    // $ANTLR start "rule__Objective__Group_5_0__3__Impl"
    // InternalItup.g:5964:1: rule__Objective__Group_5_0__3__Impl : ( ( rule__Objective__Group_5_0_3__0 )* ) ;
    public final void rule__Objective__Group_5_0__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5968:1: ( ( ( rule__Objective__Group_5_0_3__0 )* ) )
            // InternalItup.g:5969:1: ( ( rule__Objective__Group_5_0_3__0 )* )
            {
            // InternalItup.g:5969:1: ( ( rule__Objective__Group_5_0_3__0 )* )
            // InternalItup.g:5970:2: ( rule__Objective__Group_5_0_3__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_0_3()); 
            // InternalItup.g:5971:2: ( rule__Objective__Group_5_0_3__0 )*
            loop63:
            do {
                int alt63=2;
                int LA63_0 = input.LA(1);

                if ( (LA63_0==39) ) {
                    alt63=1;
                }


                switch (alt63) {
            	case 1 :
            	    // InternalItup.g:5971:3: rule__Objective__Group_5_0_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_0_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop63;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_0_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0__3__Impl"


    // $ANTLR start "rule__Objective__Group_5_0_3__0"
    // InternalItup.g:5980:1: rule__Objective__Group_5_0_3__0 : rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1 ;
    public final void rule__Objective__Group_5_0_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5984:1: ( rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1 )
            // InternalItup.g:5985:2: rule__Objective__Group_5_0_3__0__Impl rule__Objective__Group_5_0_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_0_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__0"


    // $ANTLR start "rule__Objective__Group_5_0_3__0__Impl"
    // InternalItup.g:5992:1: rule__Objective__Group_5_0_3__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_0_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:5996:1: ( ( ',' ) )
            // InternalItup.g:5997:1: ( ',' )
            {
            // InternalItup.g:5997:1: ( ',' )
            // InternalItup.g:5998:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_0_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_0_3__1"
    // InternalItup.g:6007:1: rule__Objective__Group_5_0_3__1 : rule__Objective__Group_5_0_3__1__Impl ;
    public final void rule__Objective__Group_5_0_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6011:1: ( rule__Objective__Group_5_0_3__1__Impl )
            // InternalItup.g:6012:2: rule__Objective__Group_5_0_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_0_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__1"


    // $ANTLR start "rule__Objective__Group_5_0_3__1__Impl"
    // InternalItup.g:6018:1: rule__Objective__Group_5_0_3__1__Impl : ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) ) ;
    public final void rule__Objective__Group_5_0_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6022:1: ( ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) ) )
            // InternalItup.g:6023:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) )
            {
            // InternalItup.g:6023:1: ( ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 ) )
            // InternalItup.g:6024:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_3_1()); 
            // InternalItup.g:6025:2: ( rule__Objective__PrimaryGoalsAssignment_5_0_3_1 )
            // InternalItup.g:6025:3: rule__Objective__PrimaryGoalsAssignment_5_0_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__PrimaryGoalsAssignment_5_0_3_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsAssignment_5_0_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_0_3__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__0"
    // InternalItup.g:6034:1: rule__Objective__Group_5_1__0 : rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1 ;
    public final void rule__Objective__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6038:1: ( rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1 )
            // InternalItup.g:6039:2: rule__Objective__Group_5_1__0__Impl rule__Objective__Group_5_1__1
            {
            pushFollow(FOLLOW_45);
            rule__Objective__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__0"


    // $ANTLR start "rule__Objective__Group_5_1__0__Impl"
    // InternalItup.g:6046:1: rule__Objective__Group_5_1__0__Impl : ( 'secondary' ) ;
    public final void rule__Objective__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6050:1: ( ( 'secondary' ) )
            // InternalItup.g:6051:1: ( 'secondary' )
            {
            // InternalItup.g:6051:1: ( 'secondary' )
            // InternalItup.g:6052:2: 'secondary'
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0()); 
            match(input,68,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getSecondaryKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__1"
    // InternalItup.g:6061:1: rule__Objective__Group_5_1__1 : rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2 ;
    public final void rule__Objective__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6065:1: ( rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2 )
            // InternalItup.g:6066:2: rule__Objective__Group_5_1__1__Impl rule__Objective__Group_5_1__2
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_1__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__1"


    // $ANTLR start "rule__Objective__Group_5_1__1__Impl"
    // InternalItup.g:6073:1: rule__Objective__Group_5_1__1__Impl : ( ( rule__Objective__Alternatives_5_1_1 ) ) ;
    public final void rule__Objective__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6077:1: ( ( ( rule__Objective__Alternatives_5_1_1 ) ) )
            // InternalItup.g:6078:1: ( ( rule__Objective__Alternatives_5_1_1 ) )
            {
            // InternalItup.g:6078:1: ( ( rule__Objective__Alternatives_5_1_1 ) )
            // InternalItup.g:6079:2: ( rule__Objective__Alternatives_5_1_1 )
            {
             before(grammarAccess.getObjectiveAccess().getAlternatives_5_1_1()); 
            // InternalItup.g:6080:2: ( rule__Objective__Alternatives_5_1_1 )
            // InternalItup.g:6080:3: rule__Objective__Alternatives_5_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Alternatives_5_1_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getAlternatives_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__2"
    // InternalItup.g:6088:1: rule__Objective__Group_5_1__2 : rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3 ;
    public final void rule__Objective__Group_5_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6092:1: ( rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3 )
            // InternalItup.g:6093:2: rule__Objective__Group_5_1__2__Impl rule__Objective__Group_5_1__3
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_1__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__2"


    // $ANTLR start "rule__Objective__Group_5_1__2__Impl"
    // InternalItup.g:6100:1: rule__Objective__Group_5_1__2__Impl : ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) ) ;
    public final void rule__Objective__Group_5_1__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6104:1: ( ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) ) )
            // InternalItup.g:6105:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) )
            {
            // InternalItup.g:6105:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_2 ) )
            // InternalItup.g:6106:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_2 )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_2()); 
            // InternalItup.g:6107:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_2 )
            // InternalItup.g:6107:3: rule__Objective__SecondaryGoalsAssignment_5_1_2
            {
            pushFollow(FOLLOW_2);
            rule__Objective__SecondaryGoalsAssignment_5_1_2();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_1__3"
    // InternalItup.g:6115:1: rule__Objective__Group_5_1__3 : rule__Objective__Group_5_1__3__Impl ;
    public final void rule__Objective__Group_5_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6119:1: ( rule__Objective__Group_5_1__3__Impl )
            // InternalItup.g:6120:2: rule__Objective__Group_5_1__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__3"


    // $ANTLR start "rule__Objective__Group_5_1__3__Impl"
    // InternalItup.g:6126:1: rule__Objective__Group_5_1__3__Impl : ( ( rule__Objective__Group_5_1_3__0 )* ) ;
    public final void rule__Objective__Group_5_1__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6130:1: ( ( ( rule__Objective__Group_5_1_3__0 )* ) )
            // InternalItup.g:6131:1: ( ( rule__Objective__Group_5_1_3__0 )* )
            {
            // InternalItup.g:6131:1: ( ( rule__Objective__Group_5_1_3__0 )* )
            // InternalItup.g:6132:2: ( rule__Objective__Group_5_1_3__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_1_3()); 
            // InternalItup.g:6133:2: ( rule__Objective__Group_5_1_3__0 )*
            loop64:
            do {
                int alt64=2;
                int LA64_0 = input.LA(1);

                if ( (LA64_0==39) ) {
                    alt64=1;
                }


                switch (alt64) {
            	case 1 :
            	    // InternalItup.g:6133:3: rule__Objective__Group_5_1_3__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_1_3__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop64;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_1_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1__3__Impl"


    // $ANTLR start "rule__Objective__Group_5_1_3__0"
    // InternalItup.g:6142:1: rule__Objective__Group_5_1_3__0 : rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1 ;
    public final void rule__Objective__Group_5_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6146:1: ( rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1 )
            // InternalItup.g:6147:2: rule__Objective__Group_5_1_3__0__Impl rule__Objective__Group_5_1_3__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__0"


    // $ANTLR start "rule__Objective__Group_5_1_3__0__Impl"
    // InternalItup.g:6154:1: rule__Objective__Group_5_1_3__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6158:1: ( ( ',' ) )
            // InternalItup.g:6159:1: ( ',' )
            {
            // InternalItup.g:6159:1: ( ',' )
            // InternalItup.g:6160:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_1_3__1"
    // InternalItup.g:6169:1: rule__Objective__Group_5_1_3__1 : rule__Objective__Group_5_1_3__1__Impl ;
    public final void rule__Objective__Group_5_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6173:1: ( rule__Objective__Group_5_1_3__1__Impl )
            // InternalItup.g:6174:2: rule__Objective__Group_5_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__1"


    // $ANTLR start "rule__Objective__Group_5_1_3__1__Impl"
    // InternalItup.g:6180:1: rule__Objective__Group_5_1_3__1__Impl : ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) ) ;
    public final void rule__Objective__Group_5_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6184:1: ( ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) ) )
            // InternalItup.g:6185:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) )
            {
            // InternalItup.g:6185:1: ( ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 ) )
            // InternalItup.g:6186:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_3_1()); 
            // InternalItup.g:6187:2: ( rule__Objective__SecondaryGoalsAssignment_5_1_3_1 )
            // InternalItup.g:6187:3: rule__Objective__SecondaryGoalsAssignment_5_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__SecondaryGoalsAssignment_5_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsAssignment_5_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_1_3__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__0"
    // InternalItup.g:6196:1: rule__Objective__Group_5_2__0 : rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1 ;
    public final void rule__Objective__Group_5_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6200:1: ( rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1 )
            // InternalItup.g:6201:2: rule__Objective__Group_5_2__0__Impl rule__Objective__Group_5_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__0"


    // $ANTLR start "rule__Objective__Group_5_2__0__Impl"
    // InternalItup.g:6208:1: rule__Objective__Group_5_2__0__Impl : ( 'wsis' ) ;
    public final void rule__Objective__Group_5_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6212:1: ( ( 'wsis' ) )
            // InternalItup.g:6213:1: ( 'wsis' )
            {
            // InternalItup.g:6213:1: ( 'wsis' )
            // InternalItup.g:6214:2: 'wsis'
            {
             before(grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0()); 
            match(input,43,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getWsisKeyword_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__1"
    // InternalItup.g:6223:1: rule__Objective__Group_5_2__1 : rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2 ;
    public final void rule__Objective__Group_5_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6227:1: ( rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2 )
            // InternalItup.g:6228:2: rule__Objective__Group_5_2__1__Impl rule__Objective__Group_5_2__2
            {
            pushFollow(FOLLOW_12);
            rule__Objective__Group_5_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__1"


    // $ANTLR start "rule__Objective__Group_5_2__1__Impl"
    // InternalItup.g:6235:1: rule__Objective__Group_5_2__1__Impl : ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) ) ;
    public final void rule__Objective__Group_5_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6239:1: ( ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) ) )
            // InternalItup.g:6240:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) )
            {
            // InternalItup.g:6240:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_1 ) )
            // InternalItup.g:6241:2: ( rule__Objective__WsisActionLinesAssignment_5_2_1 )
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_1()); 
            // InternalItup.g:6242:2: ( rule__Objective__WsisActionLinesAssignment_5_2_1 )
            // InternalItup.g:6242:3: rule__Objective__WsisActionLinesAssignment_5_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__WsisActionLinesAssignment_5_2_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__1__Impl"


    // $ANTLR start "rule__Objective__Group_5_2__2"
    // InternalItup.g:6250:1: rule__Objective__Group_5_2__2 : rule__Objective__Group_5_2__2__Impl ;
    public final void rule__Objective__Group_5_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6254:1: ( rule__Objective__Group_5_2__2__Impl )
            // InternalItup.g:6255:2: rule__Objective__Group_5_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__2"


    // $ANTLR start "rule__Objective__Group_5_2__2__Impl"
    // InternalItup.g:6261:1: rule__Objective__Group_5_2__2__Impl : ( ( rule__Objective__Group_5_2_2__0 )* ) ;
    public final void rule__Objective__Group_5_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6265:1: ( ( ( rule__Objective__Group_5_2_2__0 )* ) )
            // InternalItup.g:6266:1: ( ( rule__Objective__Group_5_2_2__0 )* )
            {
            // InternalItup.g:6266:1: ( ( rule__Objective__Group_5_2_2__0 )* )
            // InternalItup.g:6267:2: ( rule__Objective__Group_5_2_2__0 )*
            {
             before(grammarAccess.getObjectiveAccess().getGroup_5_2_2()); 
            // InternalItup.g:6268:2: ( rule__Objective__Group_5_2_2__0 )*
            loop65:
            do {
                int alt65=2;
                int LA65_0 = input.LA(1);

                if ( (LA65_0==39) ) {
                    alt65=1;
                }


                switch (alt65) {
            	case 1 :
            	    // InternalItup.g:6268:3: rule__Objective__Group_5_2_2__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Objective__Group_5_2_2__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop65;
                }
            } while (true);

             after(grammarAccess.getObjectiveAccess().getGroup_5_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2__2__Impl"


    // $ANTLR start "rule__Objective__Group_5_2_2__0"
    // InternalItup.g:6277:1: rule__Objective__Group_5_2_2__0 : rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1 ;
    public final void rule__Objective__Group_5_2_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6281:1: ( rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1 )
            // InternalItup.g:6282:2: rule__Objective__Group_5_2_2__0__Impl rule__Objective__Group_5_2_2__1
            {
            pushFollow(FOLLOW_11);
            rule__Objective__Group_5_2_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__0"


    // $ANTLR start "rule__Objective__Group_5_2_2__0__Impl"
    // InternalItup.g:6289:1: rule__Objective__Group_5_2_2__0__Impl : ( ',' ) ;
    public final void rule__Objective__Group_5_2_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6293:1: ( ( ',' ) )
            // InternalItup.g:6294:1: ( ',' )
            {
            // InternalItup.g:6294:1: ( ',' )
            // InternalItup.g:6295:2: ','
            {
             before(grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getCommaKeyword_5_2_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__0__Impl"


    // $ANTLR start "rule__Objective__Group_5_2_2__1"
    // InternalItup.g:6304:1: rule__Objective__Group_5_2_2__1 : rule__Objective__Group_5_2_2__1__Impl ;
    public final void rule__Objective__Group_5_2_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6308:1: ( rule__Objective__Group_5_2_2__1__Impl )
            // InternalItup.g:6309:2: rule__Objective__Group_5_2_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Objective__Group_5_2_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__1"


    // $ANTLR start "rule__Objective__Group_5_2_2__1__Impl"
    // InternalItup.g:6315:1: rule__Objective__Group_5_2_2__1__Impl : ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) ) ;
    public final void rule__Objective__Group_5_2_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6319:1: ( ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) ) )
            // InternalItup.g:6320:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) )
            {
            // InternalItup.g:6320:1: ( ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 ) )
            // InternalItup.g:6321:2: ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 )
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_2_1()); 
            // InternalItup.g:6322:2: ( rule__Objective__WsisActionLinesAssignment_5_2_2_1 )
            // InternalItup.g:6322:3: rule__Objective__WsisActionLinesAssignment_5_2_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Objective__WsisActionLinesAssignment_5_2_2_1();

            state._fsp--;


            }

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesAssignment_5_2_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__Group_5_2_2__1__Impl"


    // $ANTLR start "rule__Outcome__Group__0"
    // InternalItup.g:6331:1: rule__Outcome__Group__0 : rule__Outcome__Group__0__Impl rule__Outcome__Group__1 ;
    public final void rule__Outcome__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6335:1: ( rule__Outcome__Group__0__Impl rule__Outcome__Group__1 )
            // InternalItup.g:6336:2: rule__Outcome__Group__0__Impl rule__Outcome__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Outcome__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__0"


    // $ANTLR start "rule__Outcome__Group__0__Impl"
    // InternalItup.g:6343:1: rule__Outcome__Group__0__Impl : ( 'outcome' ) ;
    public final void rule__Outcome__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6347:1: ( ( 'outcome' ) )
            // InternalItup.g:6348:1: ( 'outcome' )
            {
            // InternalItup.g:6348:1: ( 'outcome' )
            // InternalItup.g:6349:2: 'outcome'
            {
             before(grammarAccess.getOutcomeAccess().getOutcomeKeyword_0()); 
            match(input,69,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getOutcomeKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__0__Impl"


    // $ANTLR start "rule__Outcome__Group__1"
    // InternalItup.g:6358:1: rule__Outcome__Group__1 : rule__Outcome__Group__1__Impl rule__Outcome__Group__2 ;
    public final void rule__Outcome__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6362:1: ( rule__Outcome__Group__1__Impl rule__Outcome__Group__2 )
            // InternalItup.g:6363:2: rule__Outcome__Group__1__Impl rule__Outcome__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Outcome__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__1"


    // $ANTLR start "rule__Outcome__Group__1__Impl"
    // InternalItup.g:6370:1: rule__Outcome__Group__1__Impl : ( ( rule__Outcome__NameAssignment_1 ) ) ;
    public final void rule__Outcome__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6374:1: ( ( ( rule__Outcome__NameAssignment_1 ) ) )
            // InternalItup.g:6375:1: ( ( rule__Outcome__NameAssignment_1 ) )
            {
            // InternalItup.g:6375:1: ( ( rule__Outcome__NameAssignment_1 ) )
            // InternalItup.g:6376:2: ( rule__Outcome__NameAssignment_1 )
            {
             before(grammarAccess.getOutcomeAccess().getNameAssignment_1()); 
            // InternalItup.g:6377:2: ( rule__Outcome__NameAssignment_1 )
            // InternalItup.g:6377:3: rule__Outcome__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutcomeAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__1__Impl"


    // $ANTLR start "rule__Outcome__Group__2"
    // InternalItup.g:6385:1: rule__Outcome__Group__2 : rule__Outcome__Group__2__Impl rule__Outcome__Group__3 ;
    public final void rule__Outcome__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6389:1: ( rule__Outcome__Group__2__Impl rule__Outcome__Group__3 )
            // InternalItup.g:6390:2: rule__Outcome__Group__2__Impl rule__Outcome__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Outcome__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__2"


    // $ANTLR start "rule__Outcome__Group__2__Impl"
    // InternalItup.g:6397:1: rule__Outcome__Group__2__Impl : ( ( rule__Outcome__StatementAssignment_2 )? ) ;
    public final void rule__Outcome__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6401:1: ( ( ( rule__Outcome__StatementAssignment_2 )? ) )
            // InternalItup.g:6402:1: ( ( rule__Outcome__StatementAssignment_2 )? )
            {
            // InternalItup.g:6402:1: ( ( rule__Outcome__StatementAssignment_2 )? )
            // InternalItup.g:6403:2: ( rule__Outcome__StatementAssignment_2 )?
            {
             before(grammarAccess.getOutcomeAccess().getStatementAssignment_2()); 
            // InternalItup.g:6404:2: ( rule__Outcome__StatementAssignment_2 )?
            int alt66=2;
            int LA66_0 = input.LA(1);

            if ( (LA66_0==RULE_STRING) ) {
                alt66=1;
            }
            switch (alt66) {
                case 1 :
                    // InternalItup.g:6404:3: rule__Outcome__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Outcome__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutcomeAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__2__Impl"


    // $ANTLR start "rule__Outcome__Group__3"
    // InternalItup.g:6412:1: rule__Outcome__Group__3 : rule__Outcome__Group__3__Impl ;
    public final void rule__Outcome__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6416:1: ( rule__Outcome__Group__3__Impl )
            // InternalItup.g:6417:2: rule__Outcome__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__3"


    // $ANTLR start "rule__Outcome__Group__3__Impl"
    // InternalItup.g:6423:1: rule__Outcome__Group__3__Impl : ( ( rule__Outcome__Group_3__0 )? ) ;
    public final void rule__Outcome__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6427:1: ( ( ( rule__Outcome__Group_3__0 )? ) )
            // InternalItup.g:6428:1: ( ( rule__Outcome__Group_3__0 )? )
            {
            // InternalItup.g:6428:1: ( ( rule__Outcome__Group_3__0 )? )
            // InternalItup.g:6429:2: ( rule__Outcome__Group_3__0 )?
            {
             before(grammarAccess.getOutcomeAccess().getGroup_3()); 
            // InternalItup.g:6430:2: ( rule__Outcome__Group_3__0 )?
            int alt67=2;
            int LA67_0 = input.LA(1);

            if ( (LA67_0==41) ) {
                alt67=1;
            }
            switch (alt67) {
                case 1 :
                    // InternalItup.g:6430:3: rule__Outcome__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Outcome__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutcomeAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group__3__Impl"


    // $ANTLR start "rule__Outcome__Group_3__0"
    // InternalItup.g:6439:1: rule__Outcome__Group_3__0 : rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1 ;
    public final void rule__Outcome__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6443:1: ( rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1 )
            // InternalItup.g:6444:2: rule__Outcome__Group_3__0__Impl rule__Outcome__Group_3__1
            {
            pushFollow(FOLLOW_36);
            rule__Outcome__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__0"


    // $ANTLR start "rule__Outcome__Group_3__0__Impl"
    // InternalItup.g:6451:1: rule__Outcome__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Outcome__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6455:1: ( ( '{' ) )
            // InternalItup.g:6456:1: ( '{' )
            {
            // InternalItup.g:6456:1: ( '{' )
            // InternalItup.g:6457:2: '{'
            {
             before(grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__0__Impl"


    // $ANTLR start "rule__Outcome__Group_3__1"
    // InternalItup.g:6466:1: rule__Outcome__Group_3__1 : rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2 ;
    public final void rule__Outcome__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6470:1: ( rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2 )
            // InternalItup.g:6471:2: rule__Outcome__Group_3__1__Impl rule__Outcome__Group_3__2
            {
            pushFollow(FOLLOW_36);
            rule__Outcome__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__1"


    // $ANTLR start "rule__Outcome__Group_3__1__Impl"
    // InternalItup.g:6478:1: rule__Outcome__Group_3__1__Impl : ( ( rule__Outcome__IndicatorsAssignment_3_1 )* ) ;
    public final void rule__Outcome__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6482:1: ( ( ( rule__Outcome__IndicatorsAssignment_3_1 )* ) )
            // InternalItup.g:6483:1: ( ( rule__Outcome__IndicatorsAssignment_3_1 )* )
            {
            // InternalItup.g:6483:1: ( ( rule__Outcome__IndicatorsAssignment_3_1 )* )
            // InternalItup.g:6484:2: ( rule__Outcome__IndicatorsAssignment_3_1 )*
            {
             before(grammarAccess.getOutcomeAccess().getIndicatorsAssignment_3_1()); 
            // InternalItup.g:6485:2: ( rule__Outcome__IndicatorsAssignment_3_1 )*
            loop68:
            do {
                int alt68=2;
                int LA68_0 = input.LA(1);

                if ( (LA68_0==70) ) {
                    alt68=1;
                }


                switch (alt68) {
            	case 1 :
            	    // InternalItup.g:6485:3: rule__Outcome__IndicatorsAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Outcome__IndicatorsAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop68;
                }
            } while (true);

             after(grammarAccess.getOutcomeAccess().getIndicatorsAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__1__Impl"


    // $ANTLR start "rule__Outcome__Group_3__2"
    // InternalItup.g:6493:1: rule__Outcome__Group_3__2 : rule__Outcome__Group_3__2__Impl ;
    public final void rule__Outcome__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6497:1: ( rule__Outcome__Group_3__2__Impl )
            // InternalItup.g:6498:2: rule__Outcome__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Outcome__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__2"


    // $ANTLR start "rule__Outcome__Group_3__2__Impl"
    // InternalItup.g:6504:1: rule__Outcome__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Outcome__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6508:1: ( ( '}' ) )
            // InternalItup.g:6509:1: ( '}' )
            {
            // InternalItup.g:6509:1: ( '}' )
            // InternalItup.g:6510:2: '}'
            {
             before(grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__Group_3__2__Impl"


    // $ANTLR start "rule__Output__Group__0"
    // InternalItup.g:6520:1: rule__Output__Group__0 : rule__Output__Group__0__Impl rule__Output__Group__1 ;
    public final void rule__Output__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6524:1: ( rule__Output__Group__0__Impl rule__Output__Group__1 )
            // InternalItup.g:6525:2: rule__Output__Group__0__Impl rule__Output__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Output__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__0"


    // $ANTLR start "rule__Output__Group__0__Impl"
    // InternalItup.g:6532:1: rule__Output__Group__0__Impl : ( 'output' ) ;
    public final void rule__Output__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6536:1: ( ( 'output' ) )
            // InternalItup.g:6537:1: ( 'output' )
            {
            // InternalItup.g:6537:1: ( 'output' )
            // InternalItup.g:6538:2: 'output'
            {
             before(grammarAccess.getOutputAccess().getOutputKeyword_0()); 
            match(input,53,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getOutputKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__0__Impl"


    // $ANTLR start "rule__Output__Group__1"
    // InternalItup.g:6547:1: rule__Output__Group__1 : rule__Output__Group__1__Impl rule__Output__Group__2 ;
    public final void rule__Output__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6551:1: ( rule__Output__Group__1__Impl rule__Output__Group__2 )
            // InternalItup.g:6552:2: rule__Output__Group__1__Impl rule__Output__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Output__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__1"


    // $ANTLR start "rule__Output__Group__1__Impl"
    // InternalItup.g:6559:1: rule__Output__Group__1__Impl : ( ( rule__Output__NameAssignment_1 ) ) ;
    public final void rule__Output__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6563:1: ( ( ( rule__Output__NameAssignment_1 ) ) )
            // InternalItup.g:6564:1: ( ( rule__Output__NameAssignment_1 ) )
            {
            // InternalItup.g:6564:1: ( ( rule__Output__NameAssignment_1 ) )
            // InternalItup.g:6565:2: ( rule__Output__NameAssignment_1 )
            {
             before(grammarAccess.getOutputAccess().getNameAssignment_1()); 
            // InternalItup.g:6566:2: ( rule__Output__NameAssignment_1 )
            // InternalItup.g:6566:3: rule__Output__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Output__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getOutputAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__1__Impl"


    // $ANTLR start "rule__Output__Group__2"
    // InternalItup.g:6574:1: rule__Output__Group__2 : rule__Output__Group__2__Impl rule__Output__Group__3 ;
    public final void rule__Output__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6578:1: ( rule__Output__Group__2__Impl rule__Output__Group__3 )
            // InternalItup.g:6579:2: rule__Output__Group__2__Impl rule__Output__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Output__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__2"


    // $ANTLR start "rule__Output__Group__2__Impl"
    // InternalItup.g:6586:1: rule__Output__Group__2__Impl : ( ( rule__Output__StatementAssignment_2 )? ) ;
    public final void rule__Output__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6590:1: ( ( ( rule__Output__StatementAssignment_2 )? ) )
            // InternalItup.g:6591:1: ( ( rule__Output__StatementAssignment_2 )? )
            {
            // InternalItup.g:6591:1: ( ( rule__Output__StatementAssignment_2 )? )
            // InternalItup.g:6592:2: ( rule__Output__StatementAssignment_2 )?
            {
             before(grammarAccess.getOutputAccess().getStatementAssignment_2()); 
            // InternalItup.g:6593:2: ( rule__Output__StatementAssignment_2 )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==RULE_STRING) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalItup.g:6593:3: rule__Output__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Output__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__2__Impl"


    // $ANTLR start "rule__Output__Group__3"
    // InternalItup.g:6601:1: rule__Output__Group__3 : rule__Output__Group__3__Impl ;
    public final void rule__Output__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6605:1: ( rule__Output__Group__3__Impl )
            // InternalItup.g:6606:2: rule__Output__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__3"


    // $ANTLR start "rule__Output__Group__3__Impl"
    // InternalItup.g:6612:1: rule__Output__Group__3__Impl : ( ( rule__Output__Group_3__0 )? ) ;
    public final void rule__Output__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6616:1: ( ( ( rule__Output__Group_3__0 )? ) )
            // InternalItup.g:6617:1: ( ( rule__Output__Group_3__0 )? )
            {
            // InternalItup.g:6617:1: ( ( rule__Output__Group_3__0 )? )
            // InternalItup.g:6618:2: ( rule__Output__Group_3__0 )?
            {
             before(grammarAccess.getOutputAccess().getGroup_3()); 
            // InternalItup.g:6619:2: ( rule__Output__Group_3__0 )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( (LA70_0==41) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalItup.g:6619:3: rule__Output__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Output__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getOutputAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group__3__Impl"


    // $ANTLR start "rule__Output__Group_3__0"
    // InternalItup.g:6628:1: rule__Output__Group_3__0 : rule__Output__Group_3__0__Impl rule__Output__Group_3__1 ;
    public final void rule__Output__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6632:1: ( rule__Output__Group_3__0__Impl rule__Output__Group_3__1 )
            // InternalItup.g:6633:2: rule__Output__Group_3__0__Impl rule__Output__Group_3__1
            {
            pushFollow(FOLLOW_36);
            rule__Output__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__0"


    // $ANTLR start "rule__Output__Group_3__0__Impl"
    // InternalItup.g:6640:1: rule__Output__Group_3__0__Impl : ( '{' ) ;
    public final void rule__Output__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6644:1: ( ( '{' ) )
            // InternalItup.g:6645:1: ( '{' )
            {
            // InternalItup.g:6645:1: ( '{' )
            // InternalItup.g:6646:2: '{'
            {
             before(grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__0__Impl"


    // $ANTLR start "rule__Output__Group_3__1"
    // InternalItup.g:6655:1: rule__Output__Group_3__1 : rule__Output__Group_3__1__Impl rule__Output__Group_3__2 ;
    public final void rule__Output__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6659:1: ( rule__Output__Group_3__1__Impl rule__Output__Group_3__2 )
            // InternalItup.g:6660:2: rule__Output__Group_3__1__Impl rule__Output__Group_3__2
            {
            pushFollow(FOLLOW_36);
            rule__Output__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Output__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__1"


    // $ANTLR start "rule__Output__Group_3__1__Impl"
    // InternalItup.g:6667:1: rule__Output__Group_3__1__Impl : ( ( rule__Output__IndicatorsAssignment_3_1 )* ) ;
    public final void rule__Output__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6671:1: ( ( ( rule__Output__IndicatorsAssignment_3_1 )* ) )
            // InternalItup.g:6672:1: ( ( rule__Output__IndicatorsAssignment_3_1 )* )
            {
            // InternalItup.g:6672:1: ( ( rule__Output__IndicatorsAssignment_3_1 )* )
            // InternalItup.g:6673:2: ( rule__Output__IndicatorsAssignment_3_1 )*
            {
             before(grammarAccess.getOutputAccess().getIndicatorsAssignment_3_1()); 
            // InternalItup.g:6674:2: ( rule__Output__IndicatorsAssignment_3_1 )*
            loop71:
            do {
                int alt71=2;
                int LA71_0 = input.LA(1);

                if ( (LA71_0==70) ) {
                    alt71=1;
                }


                switch (alt71) {
            	case 1 :
            	    // InternalItup.g:6674:3: rule__Output__IndicatorsAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_37);
            	    rule__Output__IndicatorsAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop71;
                }
            } while (true);

             after(grammarAccess.getOutputAccess().getIndicatorsAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__1__Impl"


    // $ANTLR start "rule__Output__Group_3__2"
    // InternalItup.g:6682:1: rule__Output__Group_3__2 : rule__Output__Group_3__2__Impl ;
    public final void rule__Output__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6686:1: ( rule__Output__Group_3__2__Impl )
            // InternalItup.g:6687:2: rule__Output__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Output__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__2"


    // $ANTLR start "rule__Output__Group_3__2__Impl"
    // InternalItup.g:6693:1: rule__Output__Group_3__2__Impl : ( '}' ) ;
    public final void rule__Output__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6697:1: ( ( '}' ) )
            // InternalItup.g:6698:1: ( '}' )
            {
            // InternalItup.g:6698:1: ( '}' )
            // InternalItup.g:6699:2: '}'
            {
             before(grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__Group_3__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__0"
    // InternalItup.g:6709:1: rule__PerformanceIndicator__Group__0 : rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1 ;
    public final void rule__PerformanceIndicator__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6713:1: ( rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1 )
            // InternalItup.g:6714:2: rule__PerformanceIndicator__Group__0__Impl rule__PerformanceIndicator__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__PerformanceIndicator__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__0"


    // $ANTLR start "rule__PerformanceIndicator__Group__0__Impl"
    // InternalItup.g:6721:1: rule__PerformanceIndicator__Group__0__Impl : ( 'indicator' ) ;
    public final void rule__PerformanceIndicator__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6725:1: ( ( 'indicator' ) )
            // InternalItup.g:6726:1: ( 'indicator' )
            {
            // InternalItup.g:6726:1: ( 'indicator' )
            // InternalItup.g:6727:2: 'indicator'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0()); 
            match(input,70,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getIndicatorKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__1"
    // InternalItup.g:6736:1: rule__PerformanceIndicator__Group__1 : rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2 ;
    public final void rule__PerformanceIndicator__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6740:1: ( rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2 )
            // InternalItup.g:6741:2: rule__PerformanceIndicator__Group__1__Impl rule__PerformanceIndicator__Group__2
            {
            pushFollow(FOLLOW_14);
            rule__PerformanceIndicator__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__1"


    // $ANTLR start "rule__PerformanceIndicator__Group__1__Impl"
    // InternalItup.g:6748:1: rule__PerformanceIndicator__Group__1__Impl : ( ( rule__PerformanceIndicator__NameAssignment_1 ) ) ;
    public final void rule__PerformanceIndicator__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6752:1: ( ( ( rule__PerformanceIndicator__NameAssignment_1 ) ) )
            // InternalItup.g:6753:1: ( ( rule__PerformanceIndicator__NameAssignment_1 ) )
            {
            // InternalItup.g:6753:1: ( ( rule__PerformanceIndicator__NameAssignment_1 ) )
            // InternalItup.g:6754:2: ( rule__PerformanceIndicator__NameAssignment_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getNameAssignment_1()); 
            // InternalItup.g:6755:2: ( rule__PerformanceIndicator__NameAssignment_1 )
            // InternalItup.g:6755:3: rule__PerformanceIndicator__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group__2"
    // InternalItup.g:6763:1: rule__PerformanceIndicator__Group__2 : rule__PerformanceIndicator__Group__2__Impl ;
    public final void rule__PerformanceIndicator__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6767:1: ( rule__PerformanceIndicator__Group__2__Impl )
            // InternalItup.g:6768:2: rule__PerformanceIndicator__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__2"


    // $ANTLR start "rule__PerformanceIndicator__Group__2__Impl"
    // InternalItup.g:6774:1: rule__PerformanceIndicator__Group__2__Impl : ( ( rule__PerformanceIndicator__Group_2__0 )? ) ;
    public final void rule__PerformanceIndicator__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6778:1: ( ( ( rule__PerformanceIndicator__Group_2__0 )? ) )
            // InternalItup.g:6779:1: ( ( rule__PerformanceIndicator__Group_2__0 )? )
            {
            // InternalItup.g:6779:1: ( ( rule__PerformanceIndicator__Group_2__0 )? )
            // InternalItup.g:6780:2: ( rule__PerformanceIndicator__Group_2__0 )?
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2()); 
            // InternalItup.g:6781:2: ( rule__PerformanceIndicator__Group_2__0 )?
            int alt72=2;
            int LA72_0 = input.LA(1);

            if ( (LA72_0==41) ) {
                alt72=1;
            }
            switch (alt72) {
                case 1 :
                    // InternalItup.g:6781:3: rule__PerformanceIndicator__Group_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__0"
    // InternalItup.g:6790:1: rule__PerformanceIndicator__Group_2__0 : rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1 ;
    public final void rule__PerformanceIndicator__Group_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6794:1: ( rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1 )
            // InternalItup.g:6795:2: rule__PerformanceIndicator__Group_2__0__Impl rule__PerformanceIndicator__Group_2__1
            {
            pushFollow(FOLLOW_46);
            rule__PerformanceIndicator__Group_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__0__Impl"
    // InternalItup.g:6802:1: rule__PerformanceIndicator__Group_2__0__Impl : ( '{' ) ;
    public final void rule__PerformanceIndicator__Group_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6806:1: ( ( '{' ) )
            // InternalItup.g:6807:1: ( '{' )
            {
            // InternalItup.g:6807:1: ( '{' )
            // InternalItup.g:6808:2: '{'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getLeftCurlyBracketKeyword_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__1"
    // InternalItup.g:6817:1: rule__PerformanceIndicator__Group_2__1 : rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2 ;
    public final void rule__PerformanceIndicator__Group_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6821:1: ( rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2 )
            // InternalItup.g:6822:2: rule__PerformanceIndicator__Group_2__1__Impl rule__PerformanceIndicator__Group_2__2
            {
            pushFollow(FOLLOW_29);
            rule__PerformanceIndicator__Group_2__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__1__Impl"
    // InternalItup.g:6829:1: rule__PerformanceIndicator__Group_2__1__Impl : ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6833:1: ( ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) ) )
            // InternalItup.g:6834:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) )
            {
            // InternalItup.g:6834:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1 ) )
            // InternalItup.g:6835:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1()); 
            // InternalItup.g:6836:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1 )
            // InternalItup.g:6836:3: rule__PerformanceIndicator__UnorderedGroup_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnorderedGroup_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__2"
    // InternalItup.g:6844:1: rule__PerformanceIndicator__Group_2__2 : rule__PerformanceIndicator__Group_2__2__Impl ;
    public final void rule__PerformanceIndicator__Group_2__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6848:1: ( rule__PerformanceIndicator__Group_2__2__Impl )
            // InternalItup.g:6849:2: rule__PerformanceIndicator__Group_2__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__2"


    // $ANTLR start "rule__PerformanceIndicator__Group_2__2__Impl"
    // InternalItup.g:6855:1: rule__PerformanceIndicator__Group_2__2__Impl : ( '}' ) ;
    public final void rule__PerformanceIndicator__Group_2__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6859:1: ( ( '}' ) )
            // InternalItup.g:6860:1: ( '}' )
            {
            // InternalItup.g:6860:1: ( '}' )
            // InternalItup.g:6861:2: '}'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getRightCurlyBracketKeyword_2_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2__2__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__0"
    // InternalItup.g:6871:1: rule__PerformanceIndicator__Group_2_1_0__0 : rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6875:1: ( rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1 )
            // InternalItup.g:6876:2: rule__PerformanceIndicator__Group_2_1_0__0__Impl rule__PerformanceIndicator__Group_2_1_0__1
            {
            pushFollow(FOLLOW_10);
            rule__PerformanceIndicator__Group_2_1_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__0__Impl"
    // InternalItup.g:6883:1: rule__PerformanceIndicator__Group_2_1_0__0__Impl : ( 'unit' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6887:1: ( ( 'unit' ) )
            // InternalItup.g:6888:1: ( 'unit' )
            {
            // InternalItup.g:6888:1: ( 'unit' )
            // InternalItup.g:6889:2: 'unit'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0()); 
            match(input,71,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getUnitKeyword_2_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__1"
    // InternalItup.g:6898:1: rule__PerformanceIndicator__Group_2_1_0__1 : rule__PerformanceIndicator__Group_2_1_0__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6902:1: ( rule__PerformanceIndicator__Group_2_1_0__1__Impl )
            // InternalItup.g:6903:2: rule__PerformanceIndicator__Group_2_1_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_0__1__Impl"
    // InternalItup.g:6909:1: rule__PerformanceIndicator__Group_2_1_0__1__Impl : ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6913:1: ( ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) ) )
            // InternalItup.g:6914:1: ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) )
            {
            // InternalItup.g:6914:1: ( ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 ) )
            // InternalItup.g:6915:2: ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitAssignment_2_1_0_1()); 
            // InternalItup.g:6916:2: ( rule__PerformanceIndicator__UnitAssignment_2_1_0_1 )
            // InternalItup.g:6916:3: rule__PerformanceIndicator__UnitAssignment_2_1_0_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnitAssignment_2_1_0_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getUnitAssignment_2_1_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_0__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__0"
    // InternalItup.g:6925:1: rule__PerformanceIndicator__Group_2_1_2__0 : rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6929:1: ( rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1 )
            // InternalItup.g:6930:2: rule__PerformanceIndicator__Group_2_1_2__0__Impl rule__PerformanceIndicator__Group_2_1_2__1
            {
            pushFollow(FOLLOW_7);
            rule__PerformanceIndicator__Group_2_1_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__0__Impl"
    // InternalItup.g:6937:1: rule__PerformanceIndicator__Group_2_1_2__0__Impl : ( 'target' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6941:1: ( ( 'target' ) )
            // InternalItup.g:6942:1: ( 'target' )
            {
            // InternalItup.g:6942:1: ( 'target' )
            // InternalItup.g:6943:2: 'target'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0()); 
            match(input,61,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getTargetKeyword_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__1"
    // InternalItup.g:6952:1: rule__PerformanceIndicator__Group_2_1_2__1 : rule__PerformanceIndicator__Group_2_1_2__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6956:1: ( rule__PerformanceIndicator__Group_2_1_2__1__Impl )
            // InternalItup.g:6957:2: rule__PerformanceIndicator__Group_2_1_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_2__1__Impl"
    // InternalItup.g:6963:1: rule__PerformanceIndicator__Group_2_1_2__1__Impl : ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6967:1: ( ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) ) )
            // InternalItup.g:6968:1: ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) )
            {
            // InternalItup.g:6968:1: ( ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 ) )
            // InternalItup.g:6969:2: ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetValueAssignment_2_1_2_1()); 
            // InternalItup.g:6970:2: ( rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 )
            // InternalItup.g:6970:3: rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getTargetValueAssignment_2_1_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_2__1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__0"
    // InternalItup.g:6979:1: rule__PerformanceIndicator__Group_2_1_3__0 : rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1 ;
    public final void rule__PerformanceIndicator__Group_2_1_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6983:1: ( rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1 )
            // InternalItup.g:6984:2: rule__PerformanceIndicator__Group_2_1_3__0__Impl rule__PerformanceIndicator__Group_2_1_3__1
            {
            pushFollow(FOLLOW_47);
            rule__PerformanceIndicator__Group_2_1_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__0"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__0__Impl"
    // InternalItup.g:6991:1: rule__PerformanceIndicator__Group_2_1_3__0__Impl : ( 'direction' ) ;
    public final void rule__PerformanceIndicator__Group_2_1_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:6995:1: ( ( 'direction' ) )
            // InternalItup.g:6996:1: ( 'direction' )
            {
            // InternalItup.g:6996:1: ( 'direction' )
            // InternalItup.g:6997:2: 'direction'
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0()); 
            match(input,72,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionKeyword_2_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__0__Impl"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__1"
    // InternalItup.g:7006:1: rule__PerformanceIndicator__Group_2_1_3__1 : rule__PerformanceIndicator__Group_2_1_3__1__Impl ;
    public final void rule__PerformanceIndicator__Group_2_1_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7010:1: ( rule__PerformanceIndicator__Group_2_1_3__1__Impl )
            // InternalItup.g:7011:2: rule__PerformanceIndicator__Group_2_1_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__Group_2_1_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__1"


    // $ANTLR start "rule__PerformanceIndicator__Group_2_1_3__1__Impl"
    // InternalItup.g:7017:1: rule__PerformanceIndicator__Group_2_1_3__1__Impl : ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) ) ;
    public final void rule__PerformanceIndicator__Group_2_1_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7021:1: ( ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) ) )
            // InternalItup.g:7022:1: ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) )
            {
            // InternalItup.g:7022:1: ( ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 ) )
            // InternalItup.g:7023:2: ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 )
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionAssignment_2_1_3_1()); 
            // InternalItup.g:7024:2: ( rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 )
            // InternalItup.g:7024:3: rule__PerformanceIndicator__DirectionAssignment_2_1_3_1
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__DirectionAssignment_2_1_3_1();

            state._fsp--;


            }

             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionAssignment_2_1_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__Group_2_1_3__1__Impl"


    // $ANTLR start "rule__Enabler__Group__0"
    // InternalItup.g:7033:1: rule__Enabler__Group__0 : rule__Enabler__Group__0__Impl rule__Enabler__Group__1 ;
    public final void rule__Enabler__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7037:1: ( rule__Enabler__Group__0__Impl rule__Enabler__Group__1 )
            // InternalItup.g:7038:2: rule__Enabler__Group__0__Impl rule__Enabler__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__0"


    // $ANTLR start "rule__Enabler__Group__0__Impl"
    // InternalItup.g:7045:1: rule__Enabler__Group__0__Impl : ( 'enabler' ) ;
    public final void rule__Enabler__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7049:1: ( ( 'enabler' ) )
            // InternalItup.g:7050:1: ( 'enabler' )
            {
            // InternalItup.g:7050:1: ( 'enabler' )
            // InternalItup.g:7051:2: 'enabler'
            {
             before(grammarAccess.getEnablerAccess().getEnablerKeyword_0()); 
            match(input,73,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getEnablerKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__0__Impl"


    // $ANTLR start "rule__Enabler__Group__1"
    // InternalItup.g:7060:1: rule__Enabler__Group__1 : rule__Enabler__Group__1__Impl rule__Enabler__Group__2 ;
    public final void rule__Enabler__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7064:1: ( rule__Enabler__Group__1__Impl rule__Enabler__Group__2 )
            // InternalItup.g:7065:2: rule__Enabler__Group__1__Impl rule__Enabler__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__Enabler__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__1"


    // $ANTLR start "rule__Enabler__Group__1__Impl"
    // InternalItup.g:7072:1: rule__Enabler__Group__1__Impl : ( ( rule__Enabler__NameAssignment_1 ) ) ;
    public final void rule__Enabler__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7076:1: ( ( ( rule__Enabler__NameAssignment_1 ) ) )
            // InternalItup.g:7077:1: ( ( rule__Enabler__NameAssignment_1 ) )
            {
            // InternalItup.g:7077:1: ( ( rule__Enabler__NameAssignment_1 ) )
            // InternalItup.g:7078:2: ( rule__Enabler__NameAssignment_1 )
            {
             before(grammarAccess.getEnablerAccess().getNameAssignment_1()); 
            // InternalItup.g:7079:2: ( rule__Enabler__NameAssignment_1 )
            // InternalItup.g:7079:3: rule__Enabler__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__1__Impl"


    // $ANTLR start "rule__Enabler__Group__2"
    // InternalItup.g:7087:1: rule__Enabler__Group__2 : rule__Enabler__Group__2__Impl rule__Enabler__Group__3 ;
    public final void rule__Enabler__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7091:1: ( rule__Enabler__Group__2__Impl rule__Enabler__Group__3 )
            // InternalItup.g:7092:2: rule__Enabler__Group__2__Impl rule__Enabler__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__Enabler__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__2"


    // $ANTLR start "rule__Enabler__Group__2__Impl"
    // InternalItup.g:7099:1: rule__Enabler__Group__2__Impl : ( ( rule__Enabler__TitleAssignment_2 )? ) ;
    public final void rule__Enabler__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7103:1: ( ( ( rule__Enabler__TitleAssignment_2 )? ) )
            // InternalItup.g:7104:1: ( ( rule__Enabler__TitleAssignment_2 )? )
            {
            // InternalItup.g:7104:1: ( ( rule__Enabler__TitleAssignment_2 )? )
            // InternalItup.g:7105:2: ( rule__Enabler__TitleAssignment_2 )?
            {
             before(grammarAccess.getEnablerAccess().getTitleAssignment_2()); 
            // InternalItup.g:7106:2: ( rule__Enabler__TitleAssignment_2 )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( (LA73_0==RULE_STRING) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalItup.g:7106:3: rule__Enabler__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnablerAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__2__Impl"


    // $ANTLR start "rule__Enabler__Group__3"
    // InternalItup.g:7114:1: rule__Enabler__Group__3 : rule__Enabler__Group__3__Impl rule__Enabler__Group__4 ;
    public final void rule__Enabler__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7118:1: ( rule__Enabler__Group__3__Impl rule__Enabler__Group__4 )
            // InternalItup.g:7119:2: rule__Enabler__Group__3__Impl rule__Enabler__Group__4
            {
            pushFollow(FOLLOW_48);
            rule__Enabler__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__3"


    // $ANTLR start "rule__Enabler__Group__3__Impl"
    // InternalItup.g:7126:1: rule__Enabler__Group__3__Impl : ( '{' ) ;
    public final void rule__Enabler__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7130:1: ( ( '{' ) )
            // InternalItup.g:7131:1: ( '{' )
            {
            // InternalItup.g:7131:1: ( '{' )
            // InternalItup.g:7132:2: '{'
            {
             before(grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__3__Impl"


    // $ANTLR start "rule__Enabler__Group__4"
    // InternalItup.g:7141:1: rule__Enabler__Group__4 : rule__Enabler__Group__4__Impl rule__Enabler__Group__5 ;
    public final void rule__Enabler__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7145:1: ( rule__Enabler__Group__4__Impl rule__Enabler__Group__5 )
            // InternalItup.g:7146:2: rule__Enabler__Group__4__Impl rule__Enabler__Group__5
            {
            pushFollow(FOLLOW_48);
            rule__Enabler__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__4"


    // $ANTLR start "rule__Enabler__Group__4__Impl"
    // InternalItup.g:7153:1: rule__Enabler__Group__4__Impl : ( ( rule__Enabler__Group_4__0 )? ) ;
    public final void rule__Enabler__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7157:1: ( ( ( rule__Enabler__Group_4__0 )? ) )
            // InternalItup.g:7158:1: ( ( rule__Enabler__Group_4__0 )? )
            {
            // InternalItup.g:7158:1: ( ( rule__Enabler__Group_4__0 )? )
            // InternalItup.g:7159:2: ( rule__Enabler__Group_4__0 )?
            {
             before(grammarAccess.getEnablerAccess().getGroup_4()); 
            // InternalItup.g:7160:2: ( rule__Enabler__Group_4__0 )?
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( (LA74_0==74) ) {
                alt74=1;
            }
            switch (alt74) {
                case 1 :
                    // InternalItup.g:7160:3: rule__Enabler__Group_4__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Enabler__Group_4__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getEnablerAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__4__Impl"


    // $ANTLR start "rule__Enabler__Group__5"
    // InternalItup.g:7168:1: rule__Enabler__Group__5 : rule__Enabler__Group__5__Impl rule__Enabler__Group__6 ;
    public final void rule__Enabler__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7172:1: ( rule__Enabler__Group__5__Impl rule__Enabler__Group__6 )
            // InternalItup.g:7173:2: rule__Enabler__Group__5__Impl rule__Enabler__Group__6
            {
            pushFollow(FOLLOW_48);
            rule__Enabler__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__5"


    // $ANTLR start "rule__Enabler__Group__5__Impl"
    // InternalItup.g:7180:1: rule__Enabler__Group__5__Impl : ( ( rule__Enabler__Alternatives_5 )* ) ;
    public final void rule__Enabler__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7184:1: ( ( ( rule__Enabler__Alternatives_5 )* ) )
            // InternalItup.g:7185:1: ( ( rule__Enabler__Alternatives_5 )* )
            {
            // InternalItup.g:7185:1: ( ( rule__Enabler__Alternatives_5 )* )
            // InternalItup.g:7186:2: ( rule__Enabler__Alternatives_5 )*
            {
             before(grammarAccess.getEnablerAccess().getAlternatives_5()); 
            // InternalItup.g:7187:2: ( rule__Enabler__Alternatives_5 )*
            loop75:
            do {
                int alt75=2;
                int LA75_0 = input.LA(1);

                if ( (LA75_0==55||(LA75_0>=75 && LA75_0<=76)) ) {
                    alt75=1;
                }


                switch (alt75) {
            	case 1 :
            	    // InternalItup.g:7187:3: rule__Enabler__Alternatives_5
            	    {
            	    pushFollow(FOLLOW_49);
            	    rule__Enabler__Alternatives_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop75;
                }
            } while (true);

             after(grammarAccess.getEnablerAccess().getAlternatives_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__5__Impl"


    // $ANTLR start "rule__Enabler__Group__6"
    // InternalItup.g:7195:1: rule__Enabler__Group__6 : rule__Enabler__Group__6__Impl ;
    public final void rule__Enabler__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7199:1: ( rule__Enabler__Group__6__Impl )
            // InternalItup.g:7200:2: rule__Enabler__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__6"


    // $ANTLR start "rule__Enabler__Group__6__Impl"
    // InternalItup.g:7206:1: rule__Enabler__Group__6__Impl : ( '}' ) ;
    public final void rule__Enabler__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7210:1: ( ( '}' ) )
            // InternalItup.g:7211:1: ( '}' )
            {
            // InternalItup.g:7211:1: ( '}' )
            // InternalItup.g:7212:2: '}'
            {
             before(grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group__6__Impl"


    // $ANTLR start "rule__Enabler__Group_4__0"
    // InternalItup.g:7222:1: rule__Enabler__Group_4__0 : rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1 ;
    public final void rule__Enabler__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7226:1: ( rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1 )
            // InternalItup.g:7227:2: rule__Enabler__Group_4__0__Impl rule__Enabler__Group_4__1
            {
            pushFollow(FOLLOW_50);
            rule__Enabler__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__0"


    // $ANTLR start "rule__Enabler__Group_4__0__Impl"
    // InternalItup.g:7234:1: rule__Enabler__Group_4__0__Impl : ( 'supports' ) ;
    public final void rule__Enabler__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7238:1: ( ( 'supports' ) )
            // InternalItup.g:7239:1: ( 'supports' )
            {
            // InternalItup.g:7239:1: ( 'supports' )
            // InternalItup.g:7240:2: 'supports'
            {
             before(grammarAccess.getEnablerAccess().getSupportsKeyword_4_0()); 
            match(input,74,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getSupportsKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4__1"
    // InternalItup.g:7249:1: rule__Enabler__Group_4__1 : rule__Enabler__Group_4__1__Impl ;
    public final void rule__Enabler__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7253:1: ( rule__Enabler__Group_4__1__Impl )
            // InternalItup.g:7254:2: rule__Enabler__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__1"


    // $ANTLR start "rule__Enabler__Group_4__1__Impl"
    // InternalItup.g:7260:1: rule__Enabler__Group_4__1__Impl : ( ( rule__Enabler__Alternatives_4_1 ) ) ;
    public final void rule__Enabler__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7264:1: ( ( ( rule__Enabler__Alternatives_4_1 ) ) )
            // InternalItup.g:7265:1: ( ( rule__Enabler__Alternatives_4_1 ) )
            {
            // InternalItup.g:7265:1: ( ( rule__Enabler__Alternatives_4_1 ) )
            // InternalItup.g:7266:2: ( rule__Enabler__Alternatives_4_1 )
            {
             before(grammarAccess.getEnablerAccess().getAlternatives_4_1()); 
            // InternalItup.g:7267:2: ( rule__Enabler__Alternatives_4_1 )
            // InternalItup.g:7267:3: rule__Enabler__Alternatives_4_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Alternatives_4_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getAlternatives_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4__1__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1__0"
    // InternalItup.g:7276:1: rule__Enabler__Group_4_1_1__0 : rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1 ;
    public final void rule__Enabler__Group_4_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7280:1: ( rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1 )
            // InternalItup.g:7281:2: rule__Enabler__Group_4_1_1__0__Impl rule__Enabler__Group_4_1_1__1
            {
            pushFollow(FOLLOW_12);
            rule__Enabler__Group_4_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__0"


    // $ANTLR start "rule__Enabler__Group_4_1_1__0__Impl"
    // InternalItup.g:7288:1: rule__Enabler__Group_4_1_1__0__Impl : ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) ) ;
    public final void rule__Enabler__Group_4_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7292:1: ( ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) ) )
            // InternalItup.g:7293:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) )
            {
            // InternalItup.g:7293:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 ) )
            // InternalItup.g:7294:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_0()); 
            // InternalItup.g:7295:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 )
            // InternalItup.g:7295:3: rule__Enabler__SupportedObjectivesAssignment_4_1_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__SupportedObjectivesAssignment_4_1_1_0();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1__1"
    // InternalItup.g:7303:1: rule__Enabler__Group_4_1_1__1 : rule__Enabler__Group_4_1_1__1__Impl ;
    public final void rule__Enabler__Group_4_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7307:1: ( rule__Enabler__Group_4_1_1__1__Impl )
            // InternalItup.g:7308:2: rule__Enabler__Group_4_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__1"


    // $ANTLR start "rule__Enabler__Group_4_1_1__1__Impl"
    // InternalItup.g:7314:1: rule__Enabler__Group_4_1_1__1__Impl : ( ( rule__Enabler__Group_4_1_1_1__0 )* ) ;
    public final void rule__Enabler__Group_4_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7318:1: ( ( ( rule__Enabler__Group_4_1_1_1__0 )* ) )
            // InternalItup.g:7319:1: ( ( rule__Enabler__Group_4_1_1_1__0 )* )
            {
            // InternalItup.g:7319:1: ( ( rule__Enabler__Group_4_1_1_1__0 )* )
            // InternalItup.g:7320:2: ( rule__Enabler__Group_4_1_1_1__0 )*
            {
             before(grammarAccess.getEnablerAccess().getGroup_4_1_1_1()); 
            // InternalItup.g:7321:2: ( rule__Enabler__Group_4_1_1_1__0 )*
            loop76:
            do {
                int alt76=2;
                int LA76_0 = input.LA(1);

                if ( (LA76_0==39) ) {
                    alt76=1;
                }


                switch (alt76) {
            	case 1 :
            	    // InternalItup.g:7321:3: rule__Enabler__Group_4_1_1_1__0
            	    {
            	    pushFollow(FOLLOW_13);
            	    rule__Enabler__Group_4_1_1_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop76;
                }
            } while (true);

             after(grammarAccess.getEnablerAccess().getGroup_4_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__0"
    // InternalItup.g:7330:1: rule__Enabler__Group_4_1_1_1__0 : rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1 ;
    public final void rule__Enabler__Group_4_1_1_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7334:1: ( rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1 )
            // InternalItup.g:7335:2: rule__Enabler__Group_4_1_1_1__0__Impl rule__Enabler__Group_4_1_1_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Enabler__Group_4_1_1_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__0"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__0__Impl"
    // InternalItup.g:7342:1: rule__Enabler__Group_4_1_1_1__0__Impl : ( ',' ) ;
    public final void rule__Enabler__Group_4_1_1_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7346:1: ( ( ',' ) )
            // InternalItup.g:7347:1: ( ',' )
            {
            // InternalItup.g:7347:1: ( ',' )
            // InternalItup.g:7348:2: ','
            {
             before(grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0()); 
            match(input,39,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getCommaKeyword_4_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__1"
    // InternalItup.g:7357:1: rule__Enabler__Group_4_1_1_1__1 : rule__Enabler__Group_4_1_1_1__1__Impl ;
    public final void rule__Enabler__Group_4_1_1_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7361:1: ( rule__Enabler__Group_4_1_1_1__1__Impl )
            // InternalItup.g:7362:2: rule__Enabler__Group_4_1_1_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_4_1_1_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__1"


    // $ANTLR start "rule__Enabler__Group_4_1_1_1__1__Impl"
    // InternalItup.g:7368:1: rule__Enabler__Group_4_1_1_1__1__Impl : ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) ) ;
    public final void rule__Enabler__Group_4_1_1_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7372:1: ( ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) ) )
            // InternalItup.g:7373:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) )
            {
            // InternalItup.g:7373:1: ( ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 ) )
            // InternalItup.g:7374:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_1_1()); 
            // InternalItup.g:7375:2: ( rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 )
            // InternalItup.g:7375:3: rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesAssignment_4_1_1_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_4_1_1_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_0__0"
    // InternalItup.g:7384:1: rule__Enabler__Group_5_0__0 : rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1 ;
    public final void rule__Enabler__Group_5_0__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7388:1: ( rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1 )
            // InternalItup.g:7389:2: rule__Enabler__Group_5_0__0__Impl rule__Enabler__Group_5_0__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_0__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_0__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__0"


    // $ANTLR start "rule__Enabler__Group_5_0__0__Impl"
    // InternalItup.g:7396:1: rule__Enabler__Group_5_0__0__Impl : ( 'activity' ) ;
    public final void rule__Enabler__Group_5_0__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7400:1: ( ( 'activity' ) )
            // InternalItup.g:7401:1: ( 'activity' )
            {
            // InternalItup.g:7401:1: ( 'activity' )
            // InternalItup.g:7402:2: 'activity'
            {
             before(grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0()); 
            match(input,55,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getActivityKeyword_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_0__1"
    // InternalItup.g:7411:1: rule__Enabler__Group_5_0__1 : rule__Enabler__Group_5_0__1__Impl ;
    public final void rule__Enabler__Group_5_0__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7415:1: ( rule__Enabler__Group_5_0__1__Impl )
            // InternalItup.g:7416:2: rule__Enabler__Group_5_0__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_0__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__1"


    // $ANTLR start "rule__Enabler__Group_5_0__1__Impl"
    // InternalItup.g:7422:1: rule__Enabler__Group_5_0__1__Impl : ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) ) ;
    public final void rule__Enabler__Group_5_0__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7426:1: ( ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) ) )
            // InternalItup.g:7427:1: ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) )
            {
            // InternalItup.g:7427:1: ( ( rule__Enabler__ActivitiesAssignment_5_0_1 ) )
            // InternalItup.g:7428:2: ( rule__Enabler__ActivitiesAssignment_5_0_1 )
            {
             before(grammarAccess.getEnablerAccess().getActivitiesAssignment_5_0_1()); 
            // InternalItup.g:7429:2: ( rule__Enabler__ActivitiesAssignment_5_0_1 )
            // InternalItup.g:7429:3: rule__Enabler__ActivitiesAssignment_5_0_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ActivitiesAssignment_5_0_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getActivitiesAssignment_5_0_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_0__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_1__0"
    // InternalItup.g:7438:1: rule__Enabler__Group_5_1__0 : rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1 ;
    public final void rule__Enabler__Group_5_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7442:1: ( rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1 )
            // InternalItup.g:7443:2: rule__Enabler__Group_5_1__0__Impl rule__Enabler__Group_5_1__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__0"


    // $ANTLR start "rule__Enabler__Group_5_1__0__Impl"
    // InternalItup.g:7450:1: rule__Enabler__Group_5_1__0__Impl : ( 'contribution' ) ;
    public final void rule__Enabler__Group_5_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7454:1: ( ( 'contribution' ) )
            // InternalItup.g:7455:1: ( 'contribution' )
            {
            // InternalItup.g:7455:1: ( 'contribution' )
            // InternalItup.g:7456:2: 'contribution'
            {
             before(grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0()); 
            match(input,75,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getContributionKeyword_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_1__1"
    // InternalItup.g:7465:1: rule__Enabler__Group_5_1__1 : rule__Enabler__Group_5_1__1__Impl ;
    public final void rule__Enabler__Group_5_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7469:1: ( rule__Enabler__Group_5_1__1__Impl )
            // InternalItup.g:7470:2: rule__Enabler__Group_5_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__1"


    // $ANTLR start "rule__Enabler__Group_5_1__1__Impl"
    // InternalItup.g:7476:1: rule__Enabler__Group_5_1__1__Impl : ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) ) ;
    public final void rule__Enabler__Group_5_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7480:1: ( ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) ) )
            // InternalItup.g:7481:1: ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) )
            {
            // InternalItup.g:7481:1: ( ( rule__Enabler__ContributionsAssignment_5_1_1 ) )
            // InternalItup.g:7482:2: ( rule__Enabler__ContributionsAssignment_5_1_1 )
            {
             before(grammarAccess.getEnablerAccess().getContributionsAssignment_5_1_1()); 
            // InternalItup.g:7483:2: ( rule__Enabler__ContributionsAssignment_5_1_1 )
            // InternalItup.g:7483:3: rule__Enabler__ContributionsAssignment_5_1_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ContributionsAssignment_5_1_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getContributionsAssignment_5_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_1__1__Impl"


    // $ANTLR start "rule__Enabler__Group_5_2__0"
    // InternalItup.g:7492:1: rule__Enabler__Group_5_2__0 : rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1 ;
    public final void rule__Enabler__Group_5_2__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7496:1: ( rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1 )
            // InternalItup.g:7497:2: rule__Enabler__Group_5_2__0__Impl rule__Enabler__Group_5_2__1
            {
            pushFollow(FOLLOW_10);
            rule__Enabler__Group_5_2__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_2__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__0"


    // $ANTLR start "rule__Enabler__Group_5_2__0__Impl"
    // InternalItup.g:7504:1: rule__Enabler__Group_5_2__0__Impl : ( 'result' ) ;
    public final void rule__Enabler__Group_5_2__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7508:1: ( ( 'result' ) )
            // InternalItup.g:7509:1: ( 'result' )
            {
            // InternalItup.g:7509:1: ( 'result' )
            // InternalItup.g:7510:2: 'result'
            {
             before(grammarAccess.getEnablerAccess().getResultKeyword_5_2_0()); 
            match(input,76,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getResultKeyword_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__0__Impl"


    // $ANTLR start "rule__Enabler__Group_5_2__1"
    // InternalItup.g:7519:1: rule__Enabler__Group_5_2__1 : rule__Enabler__Group_5_2__1__Impl ;
    public final void rule__Enabler__Group_5_2__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7523:1: ( rule__Enabler__Group_5_2__1__Impl )
            // InternalItup.g:7524:2: rule__Enabler__Group_5_2__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__Group_5_2__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__1"


    // $ANTLR start "rule__Enabler__Group_5_2__1__Impl"
    // InternalItup.g:7530:1: rule__Enabler__Group_5_2__1__Impl : ( ( rule__Enabler__ResultsAssignment_5_2_1 ) ) ;
    public final void rule__Enabler__Group_5_2__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7534:1: ( ( ( rule__Enabler__ResultsAssignment_5_2_1 ) ) )
            // InternalItup.g:7535:1: ( ( rule__Enabler__ResultsAssignment_5_2_1 ) )
            {
            // InternalItup.g:7535:1: ( ( rule__Enabler__ResultsAssignment_5_2_1 ) )
            // InternalItup.g:7536:2: ( rule__Enabler__ResultsAssignment_5_2_1 )
            {
             before(grammarAccess.getEnablerAccess().getResultsAssignment_5_2_1()); 
            // InternalItup.g:7537:2: ( rule__Enabler__ResultsAssignment_5_2_1 )
            // InternalItup.g:7537:3: rule__Enabler__ResultsAssignment_5_2_1
            {
            pushFollow(FOLLOW_2);
            rule__Enabler__ResultsAssignment_5_2_1();

            state._fsp--;


            }

             after(grammarAccess.getEnablerAccess().getResultsAssignment_5_2_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__Group_5_2__1__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__0"
    // InternalItup.g:7546:1: rule__StrategicRisk__Group__0 : rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1 ;
    public final void rule__StrategicRisk__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7550:1: ( rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1 )
            // InternalItup.g:7551:2: rule__StrategicRisk__Group__0__Impl rule__StrategicRisk__Group__1
            {
            pushFollow(FOLLOW_11);
            rule__StrategicRisk__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__0"


    // $ANTLR start "rule__StrategicRisk__Group__0__Impl"
    // InternalItup.g:7558:1: rule__StrategicRisk__Group__0__Impl : ( 'risk' ) ;
    public final void rule__StrategicRisk__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7562:1: ( ( 'risk' ) )
            // InternalItup.g:7563:1: ( 'risk' )
            {
            // InternalItup.g:7563:1: ( 'risk' )
            // InternalItup.g:7564:2: 'risk'
            {
             before(grammarAccess.getStrategicRiskAccess().getRiskKeyword_0()); 
            match(input,77,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getRiskKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__0__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__1"
    // InternalItup.g:7573:1: rule__StrategicRisk__Group__1 : rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2 ;
    public final void rule__StrategicRisk__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7577:1: ( rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2 )
            // InternalItup.g:7578:2: rule__StrategicRisk__Group__1__Impl rule__StrategicRisk__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__StrategicRisk__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__1"


    // $ANTLR start "rule__StrategicRisk__Group__1__Impl"
    // InternalItup.g:7585:1: rule__StrategicRisk__Group__1__Impl : ( ( rule__StrategicRisk__NameAssignment_1 ) ) ;
    public final void rule__StrategicRisk__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7589:1: ( ( ( rule__StrategicRisk__NameAssignment_1 ) ) )
            // InternalItup.g:7590:1: ( ( rule__StrategicRisk__NameAssignment_1 ) )
            {
            // InternalItup.g:7590:1: ( ( rule__StrategicRisk__NameAssignment_1 ) )
            // InternalItup.g:7591:2: ( rule__StrategicRisk__NameAssignment_1 )
            {
             before(grammarAccess.getStrategicRiskAccess().getNameAssignment_1()); 
            // InternalItup.g:7592:2: ( rule__StrategicRisk__NameAssignment_1 )
            // InternalItup.g:7592:3: rule__StrategicRisk__NameAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__NameAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getNameAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__1__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__2"
    // InternalItup.g:7600:1: rule__StrategicRisk__Group__2 : rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3 ;
    public final void rule__StrategicRisk__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7604:1: ( rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3 )
            // InternalItup.g:7605:2: rule__StrategicRisk__Group__2__Impl rule__StrategicRisk__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__StrategicRisk__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__2"


    // $ANTLR start "rule__StrategicRisk__Group__2__Impl"
    // InternalItup.g:7612:1: rule__StrategicRisk__Group__2__Impl : ( ( rule__StrategicRisk__TitleAssignment_2 )? ) ;
    public final void rule__StrategicRisk__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7616:1: ( ( ( rule__StrategicRisk__TitleAssignment_2 )? ) )
            // InternalItup.g:7617:1: ( ( rule__StrategicRisk__TitleAssignment_2 )? )
            {
            // InternalItup.g:7617:1: ( ( rule__StrategicRisk__TitleAssignment_2 )? )
            // InternalItup.g:7618:2: ( rule__StrategicRisk__TitleAssignment_2 )?
            {
             before(grammarAccess.getStrategicRiskAccess().getTitleAssignment_2()); 
            // InternalItup.g:7619:2: ( rule__StrategicRisk__TitleAssignment_2 )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( (LA77_0==RULE_STRING) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalItup.g:7619:3: rule__StrategicRisk__TitleAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__StrategicRisk__TitleAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getStrategicRiskAccess().getTitleAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__2__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__3"
    // InternalItup.g:7627:1: rule__StrategicRisk__Group__3 : rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4 ;
    public final void rule__StrategicRisk__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7631:1: ( rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4 )
            // InternalItup.g:7632:2: rule__StrategicRisk__Group__3__Impl rule__StrategicRisk__Group__4
            {
            pushFollow(FOLLOW_51);
            rule__StrategicRisk__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__3"


    // $ANTLR start "rule__StrategicRisk__Group__3__Impl"
    // InternalItup.g:7639:1: rule__StrategicRisk__Group__3__Impl : ( '{' ) ;
    public final void rule__StrategicRisk__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7643:1: ( ( '{' ) )
            // InternalItup.g:7644:1: ( '{' )
            {
            // InternalItup.g:7644:1: ( '{' )
            // InternalItup.g:7645:2: '{'
            {
             before(grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getLeftCurlyBracketKeyword_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__3__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__4"
    // InternalItup.g:7654:1: rule__StrategicRisk__Group__4 : rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5 ;
    public final void rule__StrategicRisk__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7658:1: ( rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5 )
            // InternalItup.g:7659:2: rule__StrategicRisk__Group__4__Impl rule__StrategicRisk__Group__5
            {
            pushFollow(FOLLOW_51);
            rule__StrategicRisk__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__4"


    // $ANTLR start "rule__StrategicRisk__Group__4__Impl"
    // InternalItup.g:7666:1: rule__StrategicRisk__Group__4__Impl : ( ( rule__StrategicRisk__Group_4__0 )* ) ;
    public final void rule__StrategicRisk__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7670:1: ( ( ( rule__StrategicRisk__Group_4__0 )* ) )
            // InternalItup.g:7671:1: ( ( rule__StrategicRisk__Group_4__0 )* )
            {
            // InternalItup.g:7671:1: ( ( rule__StrategicRisk__Group_4__0 )* )
            // InternalItup.g:7672:2: ( rule__StrategicRisk__Group_4__0 )*
            {
             before(grammarAccess.getStrategicRiskAccess().getGroup_4()); 
            // InternalItup.g:7673:2: ( rule__StrategicRisk__Group_4__0 )*
            loop78:
            do {
                int alt78=2;
                int LA78_0 = input.LA(1);

                if ( (LA78_0==78) ) {
                    alt78=1;
                }


                switch (alt78) {
            	case 1 :
            	    // InternalItup.g:7673:3: rule__StrategicRisk__Group_4__0
            	    {
            	    pushFollow(FOLLOW_52);
            	    rule__StrategicRisk__Group_4__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop78;
                }
            } while (true);

             after(grammarAccess.getStrategicRiskAccess().getGroup_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__4__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__5"
    // InternalItup.g:7681:1: rule__StrategicRisk__Group__5 : rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6 ;
    public final void rule__StrategicRisk__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7685:1: ( rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6 )
            // InternalItup.g:7686:2: rule__StrategicRisk__Group__5__Impl rule__StrategicRisk__Group__6
            {
            pushFollow(FOLLOW_51);
            rule__StrategicRisk__Group__5__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__6();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__5"


    // $ANTLR start "rule__StrategicRisk__Group__5__Impl"
    // InternalItup.g:7693:1: rule__StrategicRisk__Group__5__Impl : ( ( rule__StrategicRisk__MitigationsAssignment_5 )* ) ;
    public final void rule__StrategicRisk__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7697:1: ( ( ( rule__StrategicRisk__MitigationsAssignment_5 )* ) )
            // InternalItup.g:7698:1: ( ( rule__StrategicRisk__MitigationsAssignment_5 )* )
            {
            // InternalItup.g:7698:1: ( ( rule__StrategicRisk__MitigationsAssignment_5 )* )
            // InternalItup.g:7699:2: ( rule__StrategicRisk__MitigationsAssignment_5 )*
            {
             before(grammarAccess.getStrategicRiskAccess().getMitigationsAssignment_5()); 
            // InternalItup.g:7700:2: ( rule__StrategicRisk__MitigationsAssignment_5 )*
            loop79:
            do {
                int alt79=2;
                int LA79_0 = input.LA(1);

                if ( (LA79_0==79) ) {
                    alt79=1;
                }


                switch (alt79) {
            	case 1 :
            	    // InternalItup.g:7700:3: rule__StrategicRisk__MitigationsAssignment_5
            	    {
            	    pushFollow(FOLLOW_53);
            	    rule__StrategicRisk__MitigationsAssignment_5();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop79;
                }
            } while (true);

             after(grammarAccess.getStrategicRiskAccess().getMitigationsAssignment_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__5__Impl"


    // $ANTLR start "rule__StrategicRisk__Group__6"
    // InternalItup.g:7708:1: rule__StrategicRisk__Group__6 : rule__StrategicRisk__Group__6__Impl ;
    public final void rule__StrategicRisk__Group__6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7712:1: ( rule__StrategicRisk__Group__6__Impl )
            // InternalItup.g:7713:2: rule__StrategicRisk__Group__6__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group__6__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__6"


    // $ANTLR start "rule__StrategicRisk__Group__6__Impl"
    // InternalItup.g:7719:1: rule__StrategicRisk__Group__6__Impl : ( '}' ) ;
    public final void rule__StrategicRisk__Group__6__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7723:1: ( ( '}' ) )
            // InternalItup.g:7724:1: ( '}' )
            {
            // InternalItup.g:7724:1: ( '}' )
            // InternalItup.g:7725:2: '}'
            {
             before(grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getRightCurlyBracketKeyword_6()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group__6__Impl"


    // $ANTLR start "rule__StrategicRisk__Group_4__0"
    // InternalItup.g:7735:1: rule__StrategicRisk__Group_4__0 : rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1 ;
    public final void rule__StrategicRisk__Group_4__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7739:1: ( rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1 )
            // InternalItup.g:7740:2: rule__StrategicRisk__Group_4__0__Impl rule__StrategicRisk__Group_4__1
            {
            pushFollow(FOLLOW_10);
            rule__StrategicRisk__Group_4__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group_4__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__0"


    // $ANTLR start "rule__StrategicRisk__Group_4__0__Impl"
    // InternalItup.g:7747:1: rule__StrategicRisk__Group_4__0__Impl : ( 'aspect' ) ;
    public final void rule__StrategicRisk__Group_4__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7751:1: ( ( 'aspect' ) )
            // InternalItup.g:7752:1: ( 'aspect' )
            {
            // InternalItup.g:7752:1: ( 'aspect' )
            // InternalItup.g:7753:2: 'aspect'
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0()); 
            match(input,78,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getAspectKeyword_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__0__Impl"


    // $ANTLR start "rule__StrategicRisk__Group_4__1"
    // InternalItup.g:7762:1: rule__StrategicRisk__Group_4__1 : rule__StrategicRisk__Group_4__1__Impl ;
    public final void rule__StrategicRisk__Group_4__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7766:1: ( rule__StrategicRisk__Group_4__1__Impl )
            // InternalItup.g:7767:2: rule__StrategicRisk__Group_4__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__Group_4__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__1"


    // $ANTLR start "rule__StrategicRisk__Group_4__1__Impl"
    // InternalItup.g:7773:1: rule__StrategicRisk__Group_4__1__Impl : ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) ) ;
    public final void rule__StrategicRisk__Group_4__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7777:1: ( ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) ) )
            // InternalItup.g:7778:1: ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) )
            {
            // InternalItup.g:7778:1: ( ( rule__StrategicRisk__AspectsAssignment_4_1 ) )
            // InternalItup.g:7779:2: ( rule__StrategicRisk__AspectsAssignment_4_1 )
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectsAssignment_4_1()); 
            // InternalItup.g:7780:2: ( rule__StrategicRisk__AspectsAssignment_4_1 )
            // InternalItup.g:7780:3: rule__StrategicRisk__AspectsAssignment_4_1
            {
            pushFollow(FOLLOW_2);
            rule__StrategicRisk__AspectsAssignment_4_1();

            state._fsp--;


            }

             after(grammarAccess.getStrategicRiskAccess().getAspectsAssignment_4_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__Group_4__1__Impl"


    // $ANTLR start "rule__Mitigation__Group__0"
    // InternalItup.g:7789:1: rule__Mitigation__Group__0 : rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1 ;
    public final void rule__Mitigation__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7793:1: ( rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1 )
            // InternalItup.g:7794:2: rule__Mitigation__Group__0__Impl rule__Mitigation__Group__1
            {
            pushFollow(FOLLOW_54);
            rule__Mitigation__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__0"


    // $ANTLR start "rule__Mitigation__Group__0__Impl"
    // InternalItup.g:7801:1: rule__Mitigation__Group__0__Impl : ( 'mitigation' ) ;
    public final void rule__Mitigation__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7805:1: ( ( 'mitigation' ) )
            // InternalItup.g:7806:1: ( 'mitigation' )
            {
            // InternalItup.g:7806:1: ( 'mitigation' )
            // InternalItup.g:7807:2: 'mitigation'
            {
             before(grammarAccess.getMitigationAccess().getMitigationKeyword_0()); 
            match(input,79,FOLLOW_2); 
             after(grammarAccess.getMitigationAccess().getMitigationKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__0__Impl"


    // $ANTLR start "rule__Mitigation__Group__1"
    // InternalItup.g:7816:1: rule__Mitigation__Group__1 : rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2 ;
    public final void rule__Mitigation__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7820:1: ( rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2 )
            // InternalItup.g:7821:2: rule__Mitigation__Group__1__Impl rule__Mitigation__Group__2
            {
            pushFollow(FOLLOW_54);
            rule__Mitigation__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__1"


    // $ANTLR start "rule__Mitigation__Group__1__Impl"
    // InternalItup.g:7828:1: rule__Mitigation__Group__1__Impl : ( ( rule__Mitigation__TreatmentAssignment_1 )? ) ;
    public final void rule__Mitigation__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7832:1: ( ( ( rule__Mitigation__TreatmentAssignment_1 )? ) )
            // InternalItup.g:7833:1: ( ( rule__Mitigation__TreatmentAssignment_1 )? )
            {
            // InternalItup.g:7833:1: ( ( rule__Mitigation__TreatmentAssignment_1 )? )
            // InternalItup.g:7834:2: ( rule__Mitigation__TreatmentAssignment_1 )?
            {
             before(grammarAccess.getMitigationAccess().getTreatmentAssignment_1()); 
            // InternalItup.g:7835:2: ( rule__Mitigation__TreatmentAssignment_1 )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( ((LA80_0>=24 && LA80_0<=27)) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalItup.g:7835:3: rule__Mitigation__TreatmentAssignment_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Mitigation__TreatmentAssignment_1();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getMitigationAccess().getTreatmentAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__1__Impl"


    // $ANTLR start "rule__Mitigation__Group__2"
    // InternalItup.g:7843:1: rule__Mitigation__Group__2 : rule__Mitigation__Group__2__Impl ;
    public final void rule__Mitigation__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7847:1: ( rule__Mitigation__Group__2__Impl )
            // InternalItup.g:7848:2: rule__Mitigation__Group__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__Group__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__2"


    // $ANTLR start "rule__Mitigation__Group__2__Impl"
    // InternalItup.g:7854:1: rule__Mitigation__Group__2__Impl : ( ( rule__Mitigation__StatementAssignment_2 ) ) ;
    public final void rule__Mitigation__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7858:1: ( ( ( rule__Mitigation__StatementAssignment_2 ) ) )
            // InternalItup.g:7859:1: ( ( rule__Mitigation__StatementAssignment_2 ) )
            {
            // InternalItup.g:7859:1: ( ( rule__Mitigation__StatementAssignment_2 ) )
            // InternalItup.g:7860:2: ( rule__Mitigation__StatementAssignment_2 )
            {
             before(grammarAccess.getMitigationAccess().getStatementAssignment_2()); 
            // InternalItup.g:7861:2: ( rule__Mitigation__StatementAssignment_2 )
            // InternalItup.g:7861:3: rule__Mitigation__StatementAssignment_2
            {
            pushFollow(FOLLOW_2);
            rule__Mitigation__StatementAssignment_2();

            state._fsp--;


            }

             after(grammarAccess.getMitigationAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__Group__2__Impl"


    // $ANTLR start "rule__SwotItem__Group__0"
    // InternalItup.g:7870:1: rule__SwotItem__Group__0 : rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1 ;
    public final void rule__SwotItem__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7874:1: ( rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1 )
            // InternalItup.g:7875:2: rule__SwotItem__Group__0__Impl rule__SwotItem__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__SwotItem__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__0"


    // $ANTLR start "rule__SwotItem__Group__0__Impl"
    // InternalItup.g:7882:1: rule__SwotItem__Group__0__Impl : ( ( rule__SwotItem__KindAssignment_0 ) ) ;
    public final void rule__SwotItem__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7886:1: ( ( ( rule__SwotItem__KindAssignment_0 ) ) )
            // InternalItup.g:7887:1: ( ( rule__SwotItem__KindAssignment_0 ) )
            {
            // InternalItup.g:7887:1: ( ( rule__SwotItem__KindAssignment_0 ) )
            // InternalItup.g:7888:2: ( rule__SwotItem__KindAssignment_0 )
            {
             before(grammarAccess.getSwotItemAccess().getKindAssignment_0()); 
            // InternalItup.g:7889:2: ( rule__SwotItem__KindAssignment_0 )
            // InternalItup.g:7889:3: rule__SwotItem__KindAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__KindAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getKindAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__0__Impl"


    // $ANTLR start "rule__SwotItem__Group__1"
    // InternalItup.g:7897:1: rule__SwotItem__Group__1 : rule__SwotItem__Group__1__Impl ;
    public final void rule__SwotItem__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7901:1: ( rule__SwotItem__Group__1__Impl )
            // InternalItup.g:7902:2: rule__SwotItem__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__1"


    // $ANTLR start "rule__SwotItem__Group__1__Impl"
    // InternalItup.g:7908:1: rule__SwotItem__Group__1__Impl : ( ( rule__SwotItem__StatementAssignment_1 ) ) ;
    public final void rule__SwotItem__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7912:1: ( ( ( rule__SwotItem__StatementAssignment_1 ) ) )
            // InternalItup.g:7913:1: ( ( rule__SwotItem__StatementAssignment_1 ) )
            {
            // InternalItup.g:7913:1: ( ( rule__SwotItem__StatementAssignment_1 ) )
            // InternalItup.g:7914:2: ( rule__SwotItem__StatementAssignment_1 )
            {
             before(grammarAccess.getSwotItemAccess().getStatementAssignment_1()); 
            // InternalItup.g:7915:2: ( rule__SwotItem__StatementAssignment_1 )
            // InternalItup.g:7915:3: rule__SwotItem__StatementAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__SwotItem__StatementAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getSwotItemAccess().getStatementAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__Group__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__0"
    // InternalItup.g:7924:1: rule__ImplementationCriterion__Group__0 : rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1 ;
    public final void rule__ImplementationCriterion__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7928:1: ( rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1 )
            // InternalItup.g:7929:2: rule__ImplementationCriterion__Group__0__Impl rule__ImplementationCriterion__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__ImplementationCriterion__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__0"


    // $ANTLR start "rule__ImplementationCriterion__Group__0__Impl"
    // InternalItup.g:7936:1: rule__ImplementationCriterion__Group__0__Impl : ( 'criterion' ) ;
    public final void rule__ImplementationCriterion__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7940:1: ( ( 'criterion' ) )
            // InternalItup.g:7941:1: ( 'criterion' )
            {
            // InternalItup.g:7941:1: ( 'criterion' )
            // InternalItup.g:7942:2: 'criterion'
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0()); 
            match(input,80,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getCriterionKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__0__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__1"
    // InternalItup.g:7951:1: rule__ImplementationCriterion__Group__1 : rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2 ;
    public final void rule__ImplementationCriterion__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7955:1: ( rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2 )
            // InternalItup.g:7956:2: rule__ImplementationCriterion__Group__1__Impl rule__ImplementationCriterion__Group__2
            {
            pushFollow(FOLLOW_32);
            rule__ImplementationCriterion__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__1"


    // $ANTLR start "rule__ImplementationCriterion__Group__1__Impl"
    // InternalItup.g:7963:1: rule__ImplementationCriterion__Group__1__Impl : ( ( rule__ImplementationCriterion__TitleAssignment_1 ) ) ;
    public final void rule__ImplementationCriterion__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7967:1: ( ( ( rule__ImplementationCriterion__TitleAssignment_1 ) ) )
            // InternalItup.g:7968:1: ( ( rule__ImplementationCriterion__TitleAssignment_1 ) )
            {
            // InternalItup.g:7968:1: ( ( rule__ImplementationCriterion__TitleAssignment_1 ) )
            // InternalItup.g:7969:2: ( rule__ImplementationCriterion__TitleAssignment_1 )
            {
             before(grammarAccess.getImplementationCriterionAccess().getTitleAssignment_1()); 
            // InternalItup.g:7970:2: ( rule__ImplementationCriterion__TitleAssignment_1 )
            // InternalItup.g:7970:3: rule__ImplementationCriterion__TitleAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__TitleAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getImplementationCriterionAccess().getTitleAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__2"
    // InternalItup.g:7978:1: rule__ImplementationCriterion__Group__2 : rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3 ;
    public final void rule__ImplementationCriterion__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7982:1: ( rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3 )
            // InternalItup.g:7983:2: rule__ImplementationCriterion__Group__2__Impl rule__ImplementationCriterion__Group__3
            {
            pushFollow(FOLLOW_32);
            rule__ImplementationCriterion__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__2"


    // $ANTLR start "rule__ImplementationCriterion__Group__2__Impl"
    // InternalItup.g:7990:1: rule__ImplementationCriterion__Group__2__Impl : ( ( rule__ImplementationCriterion__StatementAssignment_2 )? ) ;
    public final void rule__ImplementationCriterion__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:7994:1: ( ( ( rule__ImplementationCriterion__StatementAssignment_2 )? ) )
            // InternalItup.g:7995:1: ( ( rule__ImplementationCriterion__StatementAssignment_2 )? )
            {
            // InternalItup.g:7995:1: ( ( rule__ImplementationCriterion__StatementAssignment_2 )? )
            // InternalItup.g:7996:2: ( rule__ImplementationCriterion__StatementAssignment_2 )?
            {
             before(grammarAccess.getImplementationCriterionAccess().getStatementAssignment_2()); 
            // InternalItup.g:7997:2: ( rule__ImplementationCriterion__StatementAssignment_2 )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( (LA81_0==RULE_STRING) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalItup.g:7997:3: rule__ImplementationCriterion__StatementAssignment_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__ImplementationCriterion__StatementAssignment_2();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplementationCriterionAccess().getStatementAssignment_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__2__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group__3"
    // InternalItup.g:8005:1: rule__ImplementationCriterion__Group__3 : rule__ImplementationCriterion__Group__3__Impl ;
    public final void rule__ImplementationCriterion__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8009:1: ( rule__ImplementationCriterion__Group__3__Impl )
            // InternalItup.g:8010:2: rule__ImplementationCriterion__Group__3__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group__3__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__3"


    // $ANTLR start "rule__ImplementationCriterion__Group__3__Impl"
    // InternalItup.g:8016:1: rule__ImplementationCriterion__Group__3__Impl : ( ( rule__ImplementationCriterion__Group_3__0 )? ) ;
    public final void rule__ImplementationCriterion__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8020:1: ( ( ( rule__ImplementationCriterion__Group_3__0 )? ) )
            // InternalItup.g:8021:1: ( ( rule__ImplementationCriterion__Group_3__0 )? )
            {
            // InternalItup.g:8021:1: ( ( rule__ImplementationCriterion__Group_3__0 )? )
            // InternalItup.g:8022:2: ( rule__ImplementationCriterion__Group_3__0 )?
            {
             before(grammarAccess.getImplementationCriterionAccess().getGroup_3()); 
            // InternalItup.g:8023:2: ( rule__ImplementationCriterion__Group_3__0 )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( (LA82_0==41) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalItup.g:8023:3: rule__ImplementationCriterion__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__ImplementationCriterion__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getImplementationCriterionAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group__3__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__0"
    // InternalItup.g:8032:1: rule__ImplementationCriterion__Group_3__0 : rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1 ;
    public final void rule__ImplementationCriterion__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8036:1: ( rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1 )
            // InternalItup.g:8037:2: rule__ImplementationCriterion__Group_3__0__Impl rule__ImplementationCriterion__Group_3__1
            {
            pushFollow(FOLLOW_55);
            rule__ImplementationCriterion__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__0"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__0__Impl"
    // InternalItup.g:8044:1: rule__ImplementationCriterion__Group_3__0__Impl : ( '{' ) ;
    public final void rule__ImplementationCriterion__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8048:1: ( ( '{' ) )
            // InternalItup.g:8049:1: ( '{' )
            {
            // InternalItup.g:8049:1: ( '{' )
            // InternalItup.g:8050:2: '{'
            {
             before(grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getLeftCurlyBracketKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__0__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__1"
    // InternalItup.g:8059:1: rule__ImplementationCriterion__Group_3__1 : rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2 ;
    public final void rule__ImplementationCriterion__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8063:1: ( rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2 )
            // InternalItup.g:8064:2: rule__ImplementationCriterion__Group_3__1__Impl rule__ImplementationCriterion__Group_3__2
            {
            pushFollow(FOLLOW_55);
            rule__ImplementationCriterion__Group_3__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__1"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__1__Impl"
    // InternalItup.g:8071:1: rule__ImplementationCriterion__Group_3__1__Impl : ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* ) ;
    public final void rule__ImplementationCriterion__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8075:1: ( ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* ) )
            // InternalItup.g:8076:1: ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* )
            {
            // InternalItup.g:8076:1: ( ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )* )
            // InternalItup.g:8077:2: ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )*
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriteriaAssignment_3_1()); 
            // InternalItup.g:8078:2: ( rule__ImplementationCriterion__CriteriaAssignment_3_1 )*
            loop83:
            do {
                int alt83=2;
                int LA83_0 = input.LA(1);

                if ( (LA83_0==80) ) {
                    alt83=1;
                }


                switch (alt83) {
            	case 1 :
            	    // InternalItup.g:8078:3: rule__ImplementationCriterion__CriteriaAssignment_3_1
            	    {
            	    pushFollow(FOLLOW_56);
            	    rule__ImplementationCriterion__CriteriaAssignment_3_1();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop83;
                }
            } while (true);

             after(grammarAccess.getImplementationCriterionAccess().getCriteriaAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__1__Impl"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__2"
    // InternalItup.g:8086:1: rule__ImplementationCriterion__Group_3__2 : rule__ImplementationCriterion__Group_3__2__Impl ;
    public final void rule__ImplementationCriterion__Group_3__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8090:1: ( rule__ImplementationCriterion__Group_3__2__Impl )
            // InternalItup.g:8091:2: rule__ImplementationCriterion__Group_3__2__Impl
            {
            pushFollow(FOLLOW_2);
            rule__ImplementationCriterion__Group_3__2__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__2"


    // $ANTLR start "rule__ImplementationCriterion__Group_3__2__Impl"
    // InternalItup.g:8097:1: rule__ImplementationCriterion__Group_3__2__Impl : ( '}' ) ;
    public final void rule__ImplementationCriterion__Group_3__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8101:1: ( ( '}' ) )
            // InternalItup.g:8102:1: ( '}' )
            {
            // InternalItup.g:8102:1: ( '}' )
            // InternalItup.g:8103:2: '}'
            {
             before(grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getRightCurlyBracketKeyword_3_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__Group_3__2__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__0"
    // InternalItup.g:8113:1: rule__GlossaryTerm__Group__0 : rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1 ;
    public final void rule__GlossaryTerm__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8117:1: ( rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1 )
            // InternalItup.g:8118:2: rule__GlossaryTerm__Group__0__Impl rule__GlossaryTerm__Group__1
            {
            pushFollow(FOLLOW_10);
            rule__GlossaryTerm__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__0"


    // $ANTLR start "rule__GlossaryTerm__Group__0__Impl"
    // InternalItup.g:8125:1: rule__GlossaryTerm__Group__0__Impl : ( 'term' ) ;
    public final void rule__GlossaryTerm__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8129:1: ( ( 'term' ) )
            // InternalItup.g:8130:1: ( 'term' )
            {
            // InternalItup.g:8130:1: ( 'term' )
            // InternalItup.g:8131:2: 'term'
            {
             before(grammarAccess.getGlossaryTermAccess().getTermKeyword_0()); 
            match(input,81,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getTermKeyword_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__0__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__1"
    // InternalItup.g:8140:1: rule__GlossaryTerm__Group__1 : rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2 ;
    public final void rule__GlossaryTerm__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8144:1: ( rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2 )
            // InternalItup.g:8145:2: rule__GlossaryTerm__Group__1__Impl rule__GlossaryTerm__Group__2
            {
            pushFollow(FOLLOW_14);
            rule__GlossaryTerm__Group__1__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__2();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__1"


    // $ANTLR start "rule__GlossaryTerm__Group__1__Impl"
    // InternalItup.g:8152:1: rule__GlossaryTerm__Group__1__Impl : ( ( rule__GlossaryTerm__TermAssignment_1 ) ) ;
    public final void rule__GlossaryTerm__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8156:1: ( ( ( rule__GlossaryTerm__TermAssignment_1 ) ) )
            // InternalItup.g:8157:1: ( ( rule__GlossaryTerm__TermAssignment_1 ) )
            {
            // InternalItup.g:8157:1: ( ( rule__GlossaryTerm__TermAssignment_1 ) )
            // InternalItup.g:8158:2: ( rule__GlossaryTerm__TermAssignment_1 )
            {
             before(grammarAccess.getGlossaryTermAccess().getTermAssignment_1()); 
            // InternalItup.g:8159:2: ( rule__GlossaryTerm__TermAssignment_1 )
            // InternalItup.g:8159:3: rule__GlossaryTerm__TermAssignment_1
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__TermAssignment_1();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getTermAssignment_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__1__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__2"
    // InternalItup.g:8167:1: rule__GlossaryTerm__Group__2 : rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3 ;
    public final void rule__GlossaryTerm__Group__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8171:1: ( rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3 )
            // InternalItup.g:8172:2: rule__GlossaryTerm__Group__2__Impl rule__GlossaryTerm__Group__3
            {
            pushFollow(FOLLOW_57);
            rule__GlossaryTerm__Group__2__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__3();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__2"


    // $ANTLR start "rule__GlossaryTerm__Group__2__Impl"
    // InternalItup.g:8179:1: rule__GlossaryTerm__Group__2__Impl : ( '{' ) ;
    public final void rule__GlossaryTerm__Group__2__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8183:1: ( ( '{' ) )
            // InternalItup.g:8184:1: ( '{' )
            {
            // InternalItup.g:8184:1: ( '{' )
            // InternalItup.g:8185:2: '{'
            {
             before(grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2()); 
            match(input,41,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getLeftCurlyBracketKeyword_2()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__2__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__3"
    // InternalItup.g:8194:1: rule__GlossaryTerm__Group__3 : rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4 ;
    public final void rule__GlossaryTerm__Group__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8198:1: ( rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4 )
            // InternalItup.g:8199:2: rule__GlossaryTerm__Group__3__Impl rule__GlossaryTerm__Group__4
            {
            pushFollow(FOLLOW_57);
            rule__GlossaryTerm__Group__3__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__4();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__3"


    // $ANTLR start "rule__GlossaryTerm__Group__3__Impl"
    // InternalItup.g:8206:1: rule__GlossaryTerm__Group__3__Impl : ( ( rule__GlossaryTerm__Group_3__0 )? ) ;
    public final void rule__GlossaryTerm__Group__3__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8210:1: ( ( ( rule__GlossaryTerm__Group_3__0 )? ) )
            // InternalItup.g:8211:1: ( ( rule__GlossaryTerm__Group_3__0 )? )
            {
            // InternalItup.g:8211:1: ( ( rule__GlossaryTerm__Group_3__0 )? )
            // InternalItup.g:8212:2: ( rule__GlossaryTerm__Group_3__0 )?
            {
             before(grammarAccess.getGlossaryTermAccess().getGroup_3()); 
            // InternalItup.g:8213:2: ( rule__GlossaryTerm__Group_3__0 )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( (LA84_0==82) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalItup.g:8213:3: rule__GlossaryTerm__Group_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__GlossaryTerm__Group_3__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getGlossaryTermAccess().getGroup_3()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__3__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__4"
    // InternalItup.g:8221:1: rule__GlossaryTerm__Group__4 : rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5 ;
    public final void rule__GlossaryTerm__Group__4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8225:1: ( rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5 )
            // InternalItup.g:8226:2: rule__GlossaryTerm__Group__4__Impl rule__GlossaryTerm__Group__5
            {
            pushFollow(FOLLOW_57);
            rule__GlossaryTerm__Group__4__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__5();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__4"


    // $ANTLR start "rule__GlossaryTerm__Group__4__Impl"
    // InternalItup.g:8233:1: rule__GlossaryTerm__Group__4__Impl : ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* ) ;
    public final void rule__GlossaryTerm__Group__4__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8237:1: ( ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* ) )
            // InternalItup.g:8238:1: ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* )
            {
            // InternalItup.g:8238:1: ( ( rule__GlossaryTerm__TranslationsAssignment_4 )* )
            // InternalItup.g:8239:2: ( rule__GlossaryTerm__TranslationsAssignment_4 )*
            {
             before(grammarAccess.getGlossaryTermAccess().getTranslationsAssignment_4()); 
            // InternalItup.g:8240:2: ( rule__GlossaryTerm__TranslationsAssignment_4 )*
            loop85:
            do {
                int alt85=2;
                int LA85_0 = input.LA(1);

                if ( (LA85_0==RULE_ID) ) {
                    alt85=1;
                }


                switch (alt85) {
            	case 1 :
            	    // InternalItup.g:8240:3: rule__GlossaryTerm__TranslationsAssignment_4
            	    {
            	    pushFollow(FOLLOW_58);
            	    rule__GlossaryTerm__TranslationsAssignment_4();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop85;
                }
            } while (true);

             after(grammarAccess.getGlossaryTermAccess().getTranslationsAssignment_4()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__4__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group__5"
    // InternalItup.g:8248:1: rule__GlossaryTerm__Group__5 : rule__GlossaryTerm__Group__5__Impl ;
    public final void rule__GlossaryTerm__Group__5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8252:1: ( rule__GlossaryTerm__Group__5__Impl )
            // InternalItup.g:8253:2: rule__GlossaryTerm__Group__5__Impl
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group__5__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__5"


    // $ANTLR start "rule__GlossaryTerm__Group__5__Impl"
    // InternalItup.g:8259:1: rule__GlossaryTerm__Group__5__Impl : ( '}' ) ;
    public final void rule__GlossaryTerm__Group__5__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8263:1: ( ( '}' ) )
            // InternalItup.g:8264:1: ( '}' )
            {
            // InternalItup.g:8264:1: ( '}' )
            // InternalItup.g:8265:2: '}'
            {
             before(grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5()); 
            match(input,42,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getRightCurlyBracketKeyword_5()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group__5__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group_3__0"
    // InternalItup.g:8275:1: rule__GlossaryTerm__Group_3__0 : rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1 ;
    public final void rule__GlossaryTerm__Group_3__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8279:1: ( rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1 )
            // InternalItup.g:8280:2: rule__GlossaryTerm__Group_3__0__Impl rule__GlossaryTerm__Group_3__1
            {
            pushFollow(FOLLOW_10);
            rule__GlossaryTerm__Group_3__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group_3__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__0"


    // $ANTLR start "rule__GlossaryTerm__Group_3__0__Impl"
    // InternalItup.g:8287:1: rule__GlossaryTerm__Group_3__0__Impl : ( 'definition' ) ;
    public final void rule__GlossaryTerm__Group_3__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8291:1: ( ( 'definition' ) )
            // InternalItup.g:8292:1: ( 'definition' )
            {
            // InternalItup.g:8292:1: ( 'definition' )
            // InternalItup.g:8293:2: 'definition'
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0()); 
            match(input,82,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getDefinitionKeyword_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__0__Impl"


    // $ANTLR start "rule__GlossaryTerm__Group_3__1"
    // InternalItup.g:8302:1: rule__GlossaryTerm__Group_3__1 : rule__GlossaryTerm__Group_3__1__Impl ;
    public final void rule__GlossaryTerm__Group_3__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8306:1: ( rule__GlossaryTerm__Group_3__1__Impl )
            // InternalItup.g:8307:2: rule__GlossaryTerm__Group_3__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__Group_3__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__1"


    // $ANTLR start "rule__GlossaryTerm__Group_3__1__Impl"
    // InternalItup.g:8313:1: rule__GlossaryTerm__Group_3__1__Impl : ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) ) ;
    public final void rule__GlossaryTerm__Group_3__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8317:1: ( ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) ) )
            // InternalItup.g:8318:1: ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) )
            {
            // InternalItup.g:8318:1: ( ( rule__GlossaryTerm__DefinitionAssignment_3_1 ) )
            // InternalItup.g:8319:2: ( rule__GlossaryTerm__DefinitionAssignment_3_1 )
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionAssignment_3_1()); 
            // InternalItup.g:8320:2: ( rule__GlossaryTerm__DefinitionAssignment_3_1 )
            // InternalItup.g:8320:3: rule__GlossaryTerm__DefinitionAssignment_3_1
            {
            pushFollow(FOLLOW_2);
            rule__GlossaryTerm__DefinitionAssignment_3_1();

            state._fsp--;


            }

             after(grammarAccess.getGlossaryTermAccess().getDefinitionAssignment_3_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__Group_3__1__Impl"


    // $ANTLR start "rule__Translation__Group__0"
    // InternalItup.g:8329:1: rule__Translation__Group__0 : rule__Translation__Group__0__Impl rule__Translation__Group__1 ;
    public final void rule__Translation__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8333:1: ( rule__Translation__Group__0__Impl rule__Translation__Group__1 )
            // InternalItup.g:8334:2: rule__Translation__Group__0__Impl rule__Translation__Group__1
            {
            pushFollow(FOLLOW_59);
            rule__Translation__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Translation__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__0"


    // $ANTLR start "rule__Translation__Group__0__Impl"
    // InternalItup.g:8341:1: rule__Translation__Group__0__Impl : ( ( rule__Translation__LanguageAssignment_0 ) ) ;
    public final void rule__Translation__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8345:1: ( ( ( rule__Translation__LanguageAssignment_0 ) ) )
            // InternalItup.g:8346:1: ( ( rule__Translation__LanguageAssignment_0 ) )
            {
            // InternalItup.g:8346:1: ( ( rule__Translation__LanguageAssignment_0 ) )
            // InternalItup.g:8347:2: ( rule__Translation__LanguageAssignment_0 )
            {
             before(grammarAccess.getTranslationAccess().getLanguageAssignment_0()); 
            // InternalItup.g:8348:2: ( rule__Translation__LanguageAssignment_0 )
            // InternalItup.g:8348:3: rule__Translation__LanguageAssignment_0
            {
            pushFollow(FOLLOW_2);
            rule__Translation__LanguageAssignment_0();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getLanguageAssignment_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__0__Impl"


    // $ANTLR start "rule__Translation__Group__1"
    // InternalItup.g:8356:1: rule__Translation__Group__1 : rule__Translation__Group__1__Impl ;
    public final void rule__Translation__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8360:1: ( rule__Translation__Group__1__Impl )
            // InternalItup.g:8361:2: rule__Translation__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__1"


    // $ANTLR start "rule__Translation__Group__1__Impl"
    // InternalItup.g:8367:1: rule__Translation__Group__1__Impl : ( ( rule__Translation__Alternatives_1 ) ) ;
    public final void rule__Translation__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8371:1: ( ( ( rule__Translation__Alternatives_1 ) ) )
            // InternalItup.g:8372:1: ( ( rule__Translation__Alternatives_1 ) )
            {
            // InternalItup.g:8372:1: ( ( rule__Translation__Alternatives_1 ) )
            // InternalItup.g:8373:2: ( rule__Translation__Alternatives_1 )
            {
             before(grammarAccess.getTranslationAccess().getAlternatives_1()); 
            // InternalItup.g:8374:2: ( rule__Translation__Alternatives_1 )
            // InternalItup.g:8374:3: rule__Translation__Alternatives_1
            {
            pushFollow(FOLLOW_2);
            rule__Translation__Alternatives_1();

            state._fsp--;


            }

             after(grammarAccess.getTranslationAccess().getAlternatives_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__Group__1__Impl"


    // $ANTLR start "rule__Code__Group__0"
    // InternalItup.g:8383:1: rule__Code__Group__0 : rule__Code__Group__0__Impl rule__Code__Group__1 ;
    public final void rule__Code__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8387:1: ( rule__Code__Group__0__Impl rule__Code__Group__1 )
            // InternalItup.g:8388:2: rule__Code__Group__0__Impl rule__Code__Group__1
            {
            pushFollow(FOLLOW_60);
            rule__Code__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Code__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__0"


    // $ANTLR start "rule__Code__Group__0__Impl"
    // InternalItup.g:8395:1: rule__Code__Group__0__Impl : ( ruleCodeSegment ) ;
    public final void rule__Code__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8399:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:8400:1: ( ruleCodeSegment )
            {
            // InternalItup.g:8400:1: ( ruleCodeSegment )
            // InternalItup.g:8401:2: ruleCodeSegment
            {
             before(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__0__Impl"


    // $ANTLR start "rule__Code__Group__1"
    // InternalItup.g:8410:1: rule__Code__Group__1 : rule__Code__Group__1__Impl ;
    public final void rule__Code__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8414:1: ( rule__Code__Group__1__Impl )
            // InternalItup.g:8415:2: rule__Code__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__1"


    // $ANTLR start "rule__Code__Group__1__Impl"
    // InternalItup.g:8421:1: rule__Code__Group__1__Impl : ( ( rule__Code__Group_1__0 )* ) ;
    public final void rule__Code__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8425:1: ( ( ( rule__Code__Group_1__0 )* ) )
            // InternalItup.g:8426:1: ( ( rule__Code__Group_1__0 )* )
            {
            // InternalItup.g:8426:1: ( ( rule__Code__Group_1__0 )* )
            // InternalItup.g:8427:2: ( rule__Code__Group_1__0 )*
            {
             before(grammarAccess.getCodeAccess().getGroup_1()); 
            // InternalItup.g:8428:2: ( rule__Code__Group_1__0 )*
            loop86:
            do {
                int alt86=2;
                int LA86_0 = input.LA(1);

                if ( ((LA86_0>=15 && LA86_0<=16)) ) {
                    alt86=1;
                }


                switch (alt86) {
            	case 1 :
            	    // InternalItup.g:8428:3: rule__Code__Group_1__0
            	    {
            	    pushFollow(FOLLOW_61);
            	    rule__Code__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop86;
                }
            } while (true);

             after(grammarAccess.getCodeAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group__1__Impl"


    // $ANTLR start "rule__Code__Group_1__0"
    // InternalItup.g:8437:1: rule__Code__Group_1__0 : rule__Code__Group_1__0__Impl rule__Code__Group_1__1 ;
    public final void rule__Code__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8441:1: ( rule__Code__Group_1__0__Impl rule__Code__Group_1__1 )
            // InternalItup.g:8442:2: rule__Code__Group_1__0__Impl rule__Code__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__Code__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Code__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__0"


    // $ANTLR start "rule__Code__Group_1__0__Impl"
    // InternalItup.g:8449:1: rule__Code__Group_1__0__Impl : ( ( rule__Code__Alternatives_1_0 ) ) ;
    public final void rule__Code__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8453:1: ( ( ( rule__Code__Alternatives_1_0 ) ) )
            // InternalItup.g:8454:1: ( ( rule__Code__Alternatives_1_0 ) )
            {
            // InternalItup.g:8454:1: ( ( rule__Code__Alternatives_1_0 ) )
            // InternalItup.g:8455:2: ( rule__Code__Alternatives_1_0 )
            {
             before(grammarAccess.getCodeAccess().getAlternatives_1_0()); 
            // InternalItup.g:8456:2: ( rule__Code__Alternatives_1_0 )
            // InternalItup.g:8456:3: rule__Code__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__Code__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getCodeAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__0__Impl"


    // $ANTLR start "rule__Code__Group_1__1"
    // InternalItup.g:8464:1: rule__Code__Group_1__1 : rule__Code__Group_1__1__Impl ;
    public final void rule__Code__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8468:1: ( rule__Code__Group_1__1__Impl )
            // InternalItup.g:8469:2: rule__Code__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Code__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__1"


    // $ANTLR start "rule__Code__Group_1__1__Impl"
    // InternalItup.g:8475:1: rule__Code__Group_1__1__Impl : ( ruleCodeSegment ) ;
    public final void rule__Code__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8479:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:8480:1: ( ruleCodeSegment )
            {
            // InternalItup.g:8480:1: ( ruleCodeSegment )
            // InternalItup.g:8481:2: ruleCodeSegment
            {
             before(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getCodeAccess().getCodeSegmentParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Code__Group_1__1__Impl"


    // $ANTLR start "rule__PlanName__Group__0"
    // InternalItup.g:8491:1: rule__PlanName__Group__0 : rule__PlanName__Group__0__Impl rule__PlanName__Group__1 ;
    public final void rule__PlanName__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8495:1: ( rule__PlanName__Group__0__Impl rule__PlanName__Group__1 )
            // InternalItup.g:8496:2: rule__PlanName__Group__0__Impl rule__PlanName__Group__1
            {
            pushFollow(FOLLOW_60);
            rule__PlanName__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlanName__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__0"


    // $ANTLR start "rule__PlanName__Group__0__Impl"
    // InternalItup.g:8503:1: rule__PlanName__Group__0__Impl : ( RULE_ID ) ;
    public final void rule__PlanName__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8507:1: ( ( RULE_ID ) )
            // InternalItup.g:8508:1: ( RULE_ID )
            {
            // InternalItup.g:8508:1: ( RULE_ID )
            // InternalItup.g:8509:2: RULE_ID
            {
             before(grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getPlanNameAccess().getIDTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__0__Impl"


    // $ANTLR start "rule__PlanName__Group__1"
    // InternalItup.g:8518:1: rule__PlanName__Group__1 : rule__PlanName__Group__1__Impl ;
    public final void rule__PlanName__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8522:1: ( rule__PlanName__Group__1__Impl )
            // InternalItup.g:8523:2: rule__PlanName__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__1"


    // $ANTLR start "rule__PlanName__Group__1__Impl"
    // InternalItup.g:8529:1: rule__PlanName__Group__1__Impl : ( ( rule__PlanName__Group_1__0 )* ) ;
    public final void rule__PlanName__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8533:1: ( ( ( rule__PlanName__Group_1__0 )* ) )
            // InternalItup.g:8534:1: ( ( rule__PlanName__Group_1__0 )* )
            {
            // InternalItup.g:8534:1: ( ( rule__PlanName__Group_1__0 )* )
            // InternalItup.g:8535:2: ( rule__PlanName__Group_1__0 )*
            {
             before(grammarAccess.getPlanNameAccess().getGroup_1()); 
            // InternalItup.g:8536:2: ( rule__PlanName__Group_1__0 )*
            loop87:
            do {
                int alt87=2;
                int LA87_0 = input.LA(1);

                if ( ((LA87_0>=15 && LA87_0<=16)) ) {
                    alt87=1;
                }


                switch (alt87) {
            	case 1 :
            	    // InternalItup.g:8536:3: rule__PlanName__Group_1__0
            	    {
            	    pushFollow(FOLLOW_61);
            	    rule__PlanName__Group_1__0();

            	    state._fsp--;


            	    }
            	    break;

            	default :
            	    break loop87;
                }
            } while (true);

             after(grammarAccess.getPlanNameAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group__1__Impl"


    // $ANTLR start "rule__PlanName__Group_1__0"
    // InternalItup.g:8545:1: rule__PlanName__Group_1__0 : rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1 ;
    public final void rule__PlanName__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8549:1: ( rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1 )
            // InternalItup.g:8550:2: rule__PlanName__Group_1__0__Impl rule__PlanName__Group_1__1
            {
            pushFollow(FOLLOW_11);
            rule__PlanName__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__PlanName__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__0"


    // $ANTLR start "rule__PlanName__Group_1__0__Impl"
    // InternalItup.g:8557:1: rule__PlanName__Group_1__0__Impl : ( ( rule__PlanName__Alternatives_1_0 ) ) ;
    public final void rule__PlanName__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8561:1: ( ( ( rule__PlanName__Alternatives_1_0 ) ) )
            // InternalItup.g:8562:1: ( ( rule__PlanName__Alternatives_1_0 ) )
            {
            // InternalItup.g:8562:1: ( ( rule__PlanName__Alternatives_1_0 ) )
            // InternalItup.g:8563:2: ( rule__PlanName__Alternatives_1_0 )
            {
             before(grammarAccess.getPlanNameAccess().getAlternatives_1_0()); 
            // InternalItup.g:8564:2: ( rule__PlanName__Alternatives_1_0 )
            // InternalItup.g:8564:3: rule__PlanName__Alternatives_1_0
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Alternatives_1_0();

            state._fsp--;


            }

             after(grammarAccess.getPlanNameAccess().getAlternatives_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__0__Impl"


    // $ANTLR start "rule__PlanName__Group_1__1"
    // InternalItup.g:8572:1: rule__PlanName__Group_1__1 : rule__PlanName__Group_1__1__Impl ;
    public final void rule__PlanName__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8576:1: ( rule__PlanName__Group_1__1__Impl )
            // InternalItup.g:8577:2: rule__PlanName__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PlanName__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__1"


    // $ANTLR start "rule__PlanName__Group_1__1__Impl"
    // InternalItup.g:8583:1: rule__PlanName__Group_1__1__Impl : ( ruleCodeSegment ) ;
    public final void rule__PlanName__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8587:1: ( ( ruleCodeSegment ) )
            // InternalItup.g:8588:1: ( ruleCodeSegment )
            {
            // InternalItup.g:8588:1: ( ruleCodeSegment )
            // InternalItup.g:8589:2: ruleCodeSegment
            {
             before(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1()); 
            pushFollow(FOLLOW_2);
            ruleCodeSegment();

            state._fsp--;

             after(grammarAccess.getPlanNameAccess().getCodeSegmentParserRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PlanName__Group_1__1__Impl"


    // $ANTLR start "rule__Decimal__Group__0"
    // InternalItup.g:8599:1: rule__Decimal__Group__0 : rule__Decimal__Group__0__Impl rule__Decimal__Group__1 ;
    public final void rule__Decimal__Group__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8603:1: ( rule__Decimal__Group__0__Impl rule__Decimal__Group__1 )
            // InternalItup.g:8604:2: rule__Decimal__Group__0__Impl rule__Decimal__Group__1
            {
            pushFollow(FOLLOW_62);
            rule__Decimal__Group__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0"


    // $ANTLR start "rule__Decimal__Group__0__Impl"
    // InternalItup.g:8611:1: rule__Decimal__Group__0__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8615:1: ( ( RULE_INT ) )
            // InternalItup.g:8616:1: ( RULE_INT )
            {
            // InternalItup.g:8616:1: ( RULE_INT )
            // InternalItup.g:8617:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__0__Impl"


    // $ANTLR start "rule__Decimal__Group__1"
    // InternalItup.g:8626:1: rule__Decimal__Group__1 : rule__Decimal__Group__1__Impl ;
    public final void rule__Decimal__Group__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8630:1: ( rule__Decimal__Group__1__Impl )
            // InternalItup.g:8631:2: rule__Decimal__Group__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1"


    // $ANTLR start "rule__Decimal__Group__1__Impl"
    // InternalItup.g:8637:1: rule__Decimal__Group__1__Impl : ( ( rule__Decimal__Group_1__0 )? ) ;
    public final void rule__Decimal__Group__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8641:1: ( ( ( rule__Decimal__Group_1__0 )? ) )
            // InternalItup.g:8642:1: ( ( rule__Decimal__Group_1__0 )? )
            {
            // InternalItup.g:8642:1: ( ( rule__Decimal__Group_1__0 )? )
            // InternalItup.g:8643:2: ( rule__Decimal__Group_1__0 )?
            {
             before(grammarAccess.getDecimalAccess().getGroup_1()); 
            // InternalItup.g:8644:2: ( rule__Decimal__Group_1__0 )?
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( (LA88_0==15) ) {
                alt88=1;
            }
            switch (alt88) {
                case 1 :
                    // InternalItup.g:8644:3: rule__Decimal__Group_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Decimal__Group_1__0();

                    state._fsp--;


                    }
                    break;

            }

             after(grammarAccess.getDecimalAccess().getGroup_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group__1__Impl"


    // $ANTLR start "rule__Decimal__Group_1__0"
    // InternalItup.g:8653:1: rule__Decimal__Group_1__0 : rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 ;
    public final void rule__Decimal__Group_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8657:1: ( rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1 )
            // InternalItup.g:8658:2: rule__Decimal__Group_1__0__Impl rule__Decimal__Group_1__1
            {
            pushFollow(FOLLOW_7);
            rule__Decimal__Group_1__0__Impl();

            state._fsp--;

            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0"


    // $ANTLR start "rule__Decimal__Group_1__0__Impl"
    // InternalItup.g:8665:1: rule__Decimal__Group_1__0__Impl : ( '.' ) ;
    public final void rule__Decimal__Group_1__0__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8669:1: ( ( '.' ) )
            // InternalItup.g:8670:1: ( '.' )
            {
            // InternalItup.g:8670:1: ( '.' )
            // InternalItup.g:8671:2: '.'
            {
             before(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 
            match(input,15,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getFullStopKeyword_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__0__Impl"


    // $ANTLR start "rule__Decimal__Group_1__1"
    // InternalItup.g:8680:1: rule__Decimal__Group_1__1 : rule__Decimal__Group_1__1__Impl ;
    public final void rule__Decimal__Group_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8684:1: ( rule__Decimal__Group_1__1__Impl )
            // InternalItup.g:8685:2: rule__Decimal__Group_1__1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Decimal__Group_1__1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1"


    // $ANTLR start "rule__Decimal__Group_1__1__Impl"
    // InternalItup.g:8691:1: rule__Decimal__Group_1__1__Impl : ( RULE_INT ) ;
    public final void rule__Decimal__Group_1__1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8695:1: ( ( RULE_INT ) )
            // InternalItup.g:8696:1: ( RULE_INT )
            {
            // InternalItup.g:8696:1: ( RULE_INT )
            // InternalItup.g:8697:2: RULE_INT
            {
             before(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 
            match(input,RULE_INT,FOLLOW_2); 
             after(grammarAccess.getDecimalAccess().getINTTerminalRuleCall_1_1()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Decimal__Group_1__1__Impl"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1"
    // InternalItup.g:8707:1: rule__Target__UnorderedGroup_3_1 : ( rule__Target__UnorderedGroup_3_1__0 )? ;
    public final void rule__Target__UnorderedGroup_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
        	
        try {
            // InternalItup.g:8712:1: ( ( rule__Target__UnorderedGroup_3_1__0 )? )
            // InternalItup.g:8713:2: ( rule__Target__UnorderedGroup_3_1__0 )?
            {
            // InternalItup.g:8713:2: ( rule__Target__UnorderedGroup_3_1__0 )?
            int alt89=2;
            int LA89_0 = input.LA(1);

            if ( LA89_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt89=1;
            }
            else if ( ( LA89_0 == 11 || LA89_0 >= 17 && LA89_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt89=1;
            }
            else if ( LA89_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt89=1;
            }
            else if ( LA89_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt89=1;
            }
            switch (alt89) {
                case 1 :
                    // InternalItup.g:8713:2: rule__Target__UnorderedGroup_3_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__Impl"
    // InternalItup.g:8721:1: rule__Target__UnorderedGroup_3_1__Impl : ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) ) ;
    public final void rule__Target__UnorderedGroup_3_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalItup.g:8726:1: ( ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) ) )
            // InternalItup.g:8727:3: ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) )
            {
            // InternalItup.g:8727:3: ( ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) ) | ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) ) | ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) ) )
            int alt90=4;
            int LA90_0 = input.LA(1);

            if ( LA90_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt90=1;
            }
            else if ( ( LA90_0 == 11 || LA90_0 >= 17 && LA90_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt90=2;
            }
            else if ( LA90_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt90=3;
            }
            else if ( LA90_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt90=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 90, 0, input);

                throw nvae;
            }
            switch (alt90) {
                case 1 :
                    // InternalItup.g:8728:3: ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) )
                    {
                    // InternalItup.g:8728:3: ({...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) ) )
                    // InternalItup.g:8729:4: {...}? => ( ( ( rule__Target__Group_3_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0)");
                    }
                    // InternalItup.g:8729:104: ( ( ( rule__Target__Group_3_1_0__0 ) ) )
                    // InternalItup.g:8730:5: ( ( rule__Target__Group_3_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8736:5: ( ( rule__Target__Group_3_1_0__0 ) )
                    // InternalItup.g:8737:6: ( rule__Target__Group_3_1_0__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_0()); 
                    // InternalItup.g:8738:6: ( rule__Target__Group_3_1_0__0 )
                    // InternalItup.g:8738:7: rule__Target__Group_3_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:8743:3: ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) )
                    {
                    // InternalItup.g:8743:3: ({...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) ) )
                    // InternalItup.g:8744:4: {...}? => ( ( ( rule__Target__Alternatives_3_1_1 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1)");
                    }
                    // InternalItup.g:8744:104: ( ( ( rule__Target__Alternatives_3_1_1 ) ) )
                    // InternalItup.g:8745:5: ( ( rule__Target__Alternatives_3_1_1 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8751:5: ( ( rule__Target__Alternatives_3_1_1 ) )
                    // InternalItup.g:8752:6: ( rule__Target__Alternatives_3_1_1 )
                    {
                     before(grammarAccess.getTargetAccess().getAlternatives_3_1_1()); 
                    // InternalItup.g:8753:6: ( rule__Target__Alternatives_3_1_1 )
                    // InternalItup.g:8753:7: rule__Target__Alternatives_3_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Alternatives_3_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getAlternatives_3_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:8758:3: ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) )
                    {
                    // InternalItup.g:8758:3: ({...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) ) )
                    // InternalItup.g:8759:4: {...}? => ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2)");
                    }
                    // InternalItup.g:8759:104: ( ( ( rule__Target__BaselineAssignment_3_1_2 ) ) )
                    // InternalItup.g:8760:5: ( ( rule__Target__BaselineAssignment_3_1_2 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8766:5: ( ( rule__Target__BaselineAssignment_3_1_2 ) )
                    // InternalItup.g:8767:6: ( rule__Target__BaselineAssignment_3_1_2 )
                    {
                     before(grammarAccess.getTargetAccess().getBaselineAssignment_3_1_2()); 
                    // InternalItup.g:8768:6: ( rule__Target__BaselineAssignment_3_1_2 )
                    // InternalItup.g:8768:7: rule__Target__BaselineAssignment_3_1_2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__BaselineAssignment_3_1_2();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getBaselineAssignment_3_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:8773:3: ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) )
                    {
                    // InternalItup.g:8773:3: ({...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) ) )
                    // InternalItup.g:8774:4: {...}? => ( ( ( rule__Target__Group_3_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__Target__UnorderedGroup_3_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3)");
                    }
                    // InternalItup.g:8774:104: ( ( ( rule__Target__Group_3_1_3__0 ) ) )
                    // InternalItup.g:8775:5: ( ( rule__Target__Group_3_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8781:5: ( ( rule__Target__Group_3_1_3__0 ) )
                    // InternalItup.g:8782:6: ( rule__Target__Group_3_1_3__0 )
                    {
                     before(grammarAccess.getTargetAccess().getGroup_3_1_3()); 
                    // InternalItup.g:8783:6: ( rule__Target__Group_3_1_3__0 )
                    // InternalItup.g:8783:7: rule__Target__Group_3_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__Group_3_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getTargetAccess().getGroup_3_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getTargetAccess().getUnorderedGroup_3_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__Impl"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__0"
    // InternalItup.g:8796:1: rule__Target__UnorderedGroup_3_1__0 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )? ;
    public final void rule__Target__UnorderedGroup_3_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8800:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )? )
            // InternalItup.g:8801:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__1 )?
            {
            pushFollow(FOLLOW_63);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:8802:2: ( rule__Target__UnorderedGroup_3_1__1 )?
            int alt91=2;
            int LA91_0 = input.LA(1);

            if ( LA91_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt91=1;
            }
            else if ( ( LA91_0 == 11 || LA91_0 >= 17 && LA91_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt91=1;
            }
            else if ( LA91_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt91=1;
            }
            else if ( LA91_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt91=1;
            }
            switch (alt91) {
                case 1 :
                    // InternalItup.g:8802:2: rule__Target__UnorderedGroup_3_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__0"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__1"
    // InternalItup.g:8808:1: rule__Target__UnorderedGroup_3_1__1 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )? ;
    public final void rule__Target__UnorderedGroup_3_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8812:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )? )
            // InternalItup.g:8813:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__2 )?
            {
            pushFollow(FOLLOW_63);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:8814:2: ( rule__Target__UnorderedGroup_3_1__2 )?
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( LA92_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt92=1;
            }
            else if ( ( LA92_0 == 11 || LA92_0 >= 17 && LA92_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt92=1;
            }
            else if ( LA92_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt92=1;
            }
            else if ( LA92_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt92=1;
            }
            switch (alt92) {
                case 1 :
                    // InternalItup.g:8814:2: rule__Target__UnorderedGroup_3_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__1"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__2"
    // InternalItup.g:8820:1: rule__Target__UnorderedGroup_3_1__2 : rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )? ;
    public final void rule__Target__UnorderedGroup_3_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8824:1: ( rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )? )
            // InternalItup.g:8825:2: rule__Target__UnorderedGroup_3_1__Impl ( rule__Target__UnorderedGroup_3_1__3 )?
            {
            pushFollow(FOLLOW_63);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;

            // InternalItup.g:8826:2: ( rule__Target__UnorderedGroup_3_1__3 )?
            int alt93=2;
            int LA93_0 = input.LA(1);

            if ( LA93_0 == 35 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 0) ) {
                alt93=1;
            }
            else if ( ( LA93_0 == 11 || LA93_0 >= 17 && LA93_0 <= 19 ) && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 1) ) {
                alt93=1;
            }
            else if ( LA93_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 2) ) {
                alt93=1;
            }
            else if ( LA93_0 == 62 && getUnorderedGroupHelper().canSelect(grammarAccess.getTargetAccess().getUnorderedGroup_3_1(), 3) ) {
                alt93=1;
            }
            switch (alt93) {
                case 1 :
                    // InternalItup.g:8826:2: rule__Target__UnorderedGroup_3_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__Target__UnorderedGroup_3_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__2"


    // $ANTLR start "rule__Target__UnorderedGroup_3_1__3"
    // InternalItup.g:8832:1: rule__Target__UnorderedGroup_3_1__3 : rule__Target__UnorderedGroup_3_1__Impl ;
    public final void rule__Target__UnorderedGroup_3_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8836:1: ( rule__Target__UnorderedGroup_3_1__Impl )
            // InternalItup.g:8837:2: rule__Target__UnorderedGroup_3_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__Target__UnorderedGroup_3_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnorderedGroup_3_1__3"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1"
    // InternalItup.g:8844:1: rule__PerformanceIndicator__UnorderedGroup_2_1 : ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        		getUnorderedGroupHelper().enter(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
        	
        try {
            // InternalItup.g:8849:1: ( ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )? )
            // InternalItup.g:8850:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )?
            {
            // InternalItup.g:8850:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__0 )?
            int alt94=2;
            int LA94_0 = input.LA(1);

            if ( LA94_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt94=1;
            }
            else if ( LA94_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt94=1;
            }
            else if ( LA94_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt94=1;
            }
            else if ( LA94_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt94=1;
            }
            switch (alt94) {
                case 1 :
                    // InternalItup.g:8850:2: rule__PerformanceIndicator__UnorderedGroup_2_1__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__0();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	getUnorderedGroupHelper().leave(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl"
    // InternalItup.g:8858:1: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl : ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) ) ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__Impl() throws RecognitionException {

        		int stackSize = keepStackSize();
        		boolean selected = false;
        	
        try {
            // InternalItup.g:8863:1: ( ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) ) )
            // InternalItup.g:8864:3: ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) )
            {
            // InternalItup.g:8864:3: ( ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) ) | ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) ) )
            int alt95=4;
            int LA95_0 = input.LA(1);

            if ( LA95_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt95=1;
            }
            else if ( LA95_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt95=2;
            }
            else if ( LA95_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt95=3;
            }
            else if ( LA95_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt95=4;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 95, 0, input);

                throw nvae;
            }
            switch (alt95) {
                case 1 :
                    // InternalItup.g:8865:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) )
                    {
                    // InternalItup.g:8865:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) ) )
                    // InternalItup.g:8866:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0)");
                    }
                    // InternalItup.g:8866:118: ( ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) ) )
                    // InternalItup.g:8867:5: ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8873:5: ( ( rule__PerformanceIndicator__Group_2_1_0__0 ) )
                    // InternalItup.g:8874:6: ( rule__PerformanceIndicator__Group_2_1_0__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_0()); 
                    // InternalItup.g:8875:6: ( rule__PerformanceIndicator__Group_2_1_0__0 )
                    // InternalItup.g:8875:7: rule__PerformanceIndicator__Group_2_1_0__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_0__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_0()); 

                    }


                    }


                    }


                    }
                    break;
                case 2 :
                    // InternalItup.g:8880:3: ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) )
                    {
                    // InternalItup.g:8880:3: ({...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) ) )
                    // InternalItup.g:8881:4: {...}? => ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1)");
                    }
                    // InternalItup.g:8881:118: ( ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) ) )
                    // InternalItup.g:8882:5: ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8888:5: ( ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 ) )
                    // InternalItup.g:8889:6: ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getBaselineAssignment_2_1_1()); 
                    // InternalItup.g:8890:6: ( rule__PerformanceIndicator__BaselineAssignment_2_1_1 )
                    // InternalItup.g:8890:7: rule__PerformanceIndicator__BaselineAssignment_2_1_1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__BaselineAssignment_2_1_1();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getBaselineAssignment_2_1_1()); 

                    }


                    }


                    }


                    }
                    break;
                case 3 :
                    // InternalItup.g:8895:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) )
                    {
                    // InternalItup.g:8895:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) ) )
                    // InternalItup.g:8896:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2)");
                    }
                    // InternalItup.g:8896:118: ( ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) ) )
                    // InternalItup.g:8897:5: ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8903:5: ( ( rule__PerformanceIndicator__Group_2_1_2__0 ) )
                    // InternalItup.g:8904:6: ( rule__PerformanceIndicator__Group_2_1_2__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_2()); 
                    // InternalItup.g:8905:6: ( rule__PerformanceIndicator__Group_2_1_2__0 )
                    // InternalItup.g:8905:7: rule__PerformanceIndicator__Group_2_1_2__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_2__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_2()); 

                    }


                    }


                    }


                    }
                    break;
                case 4 :
                    // InternalItup.g:8910:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) )
                    {
                    // InternalItup.g:8910:3: ({...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) ) )
                    // InternalItup.g:8911:4: {...}? => ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) )
                    {
                    if ( ! getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                        throw new FailedPredicateException(input, "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl", "getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3)");
                    }
                    // InternalItup.g:8911:118: ( ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) ) )
                    // InternalItup.g:8912:5: ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) )
                    {

                    					getUnorderedGroupHelper().select(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3);
                    				

                    					selected = true;
                    				
                    // InternalItup.g:8918:5: ( ( rule__PerformanceIndicator__Group_2_1_3__0 ) )
                    // InternalItup.g:8919:6: ( rule__PerformanceIndicator__Group_2_1_3__0 )
                    {
                     before(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_3()); 
                    // InternalItup.g:8920:6: ( rule__PerformanceIndicator__Group_2_1_3__0 )
                    // InternalItup.g:8920:7: rule__PerformanceIndicator__Group_2_1_3__0
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__Group_2_1_3__0();

                    state._fsp--;


                    }

                     after(grammarAccess.getPerformanceIndicatorAccess().getGroup_2_1_3()); 

                    }


                    }


                    }


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	if (selected)
            		getUnorderedGroupHelper().returnFromSelection(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1());
            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__Impl"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__0"
    // InternalItup.g:8933:1: rule__PerformanceIndicator__UnorderedGroup_2_1__0 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8937:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )? )
            // InternalItup.g:8938:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )?
            {
            pushFollow(FOLLOW_64);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:8939:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__1 )?
            int alt96=2;
            int LA96_0 = input.LA(1);

            if ( LA96_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt96=1;
            }
            else if ( LA96_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt96=1;
            }
            else if ( LA96_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt96=1;
            }
            else if ( LA96_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt96=1;
            }
            switch (alt96) {
                case 1 :
                    // InternalItup.g:8939:2: rule__PerformanceIndicator__UnorderedGroup_2_1__1
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__1();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__0"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__1"
    // InternalItup.g:8945:1: rule__PerformanceIndicator__UnorderedGroup_2_1__1 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8949:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )? )
            // InternalItup.g:8950:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )?
            {
            pushFollow(FOLLOW_64);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:8951:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__2 )?
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( LA97_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt97=1;
            }
            else if ( LA97_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt97=1;
            }
            else if ( LA97_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt97=1;
            }
            else if ( LA97_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt97=1;
            }
            switch (alt97) {
                case 1 :
                    // InternalItup.g:8951:2: rule__PerformanceIndicator__UnorderedGroup_2_1__2
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__2();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__1"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__2"
    // InternalItup.g:8957:1: rule__PerformanceIndicator__UnorderedGroup_2_1__2 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )? ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8961:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )? )
            // InternalItup.g:8962:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )?
            {
            pushFollow(FOLLOW_64);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;

            // InternalItup.g:8963:2: ( rule__PerformanceIndicator__UnorderedGroup_2_1__3 )?
            int alt98=2;
            int LA98_0 = input.LA(1);

            if ( LA98_0 == 71 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 0) ) {
                alt98=1;
            }
            else if ( LA98_0 == 63 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 1) ) {
                alt98=1;
            }
            else if ( LA98_0 == 61 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 2) ) {
                alt98=1;
            }
            else if ( LA98_0 == 72 && getUnorderedGroupHelper().canSelect(grammarAccess.getPerformanceIndicatorAccess().getUnorderedGroup_2_1(), 3) ) {
                alt98=1;
            }
            switch (alt98) {
                case 1 :
                    // InternalItup.g:8963:2: rule__PerformanceIndicator__UnorderedGroup_2_1__3
                    {
                    pushFollow(FOLLOW_2);
                    rule__PerformanceIndicator__UnorderedGroup_2_1__3();

                    state._fsp--;


                    }
                    break;

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__2"


    // $ANTLR start "rule__PerformanceIndicator__UnorderedGroup_2_1__3"
    // InternalItup.g:8969:1: rule__PerformanceIndicator__UnorderedGroup_2_1__3 : rule__PerformanceIndicator__UnorderedGroup_2_1__Impl ;
    public final void rule__PerformanceIndicator__UnorderedGroup_2_1__3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8973:1: ( rule__PerformanceIndicator__UnorderedGroup_2_1__Impl )
            // InternalItup.g:8974:2: rule__PerformanceIndicator__UnorderedGroup_2_1__Impl
            {
            pushFollow(FOLLOW_2);
            rule__PerformanceIndicator__UnorderedGroup_2_1__Impl();

            state._fsp--;


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnorderedGroup_2_1__3"


    // $ANTLR start "rule__Plan__NameAssignment_1"
    // InternalItup.g:8981:1: rule__Plan__NameAssignment_1 : ( rulePlanName ) ;
    public final void rule__Plan__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:8985:1: ( ( rulePlanName ) )
            // InternalItup.g:8986:2: ( rulePlanName )
            {
            // InternalItup.g:8986:2: ( rulePlanName )
            // InternalItup.g:8987:3: rulePlanName
            {
             before(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getNamePlanNameParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__NameAssignment_1"


    // $ANTLR start "rule__Plan__TitleAssignment_2"
    // InternalItup.g:8996:1: rule__Plan__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Plan__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9000:1: ( ( RULE_STRING ) )
            // InternalItup.g:9001:2: ( RULE_STRING )
            {
            // InternalItup.g:9001:2: ( RULE_STRING )
            // InternalItup.g:9002:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__TitleAssignment_2"


    // $ANTLR start "rule__Plan__StartYearAssignment_3_1"
    // InternalItup.g:9011:1: rule__Plan__StartYearAssignment_3_1 : ( ruleYear ) ;
    public final void rule__Plan__StartYearAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9015:1: ( ( ruleYear ) )
            // InternalItup.g:9016:2: ( ruleYear )
            {
            // InternalItup.g:9016:2: ( ruleYear )
            // InternalItup.g:9017:3: ruleYear
            {
             before(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getStartYearYearParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__StartYearAssignment_3_1"


    // $ANTLR start "rule__Plan__EndYearAssignment_3_3"
    // InternalItup.g:9026:1: rule__Plan__EndYearAssignment_3_3 : ( ruleYear ) ;
    public final void rule__Plan__EndYearAssignment_3_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9030:1: ( ( ruleYear ) )
            // InternalItup.g:9031:2: ( ruleYear )
            {
            // InternalItup.g:9031:2: ( ruleYear )
            // InternalItup.g:9032:3: ruleYear
            {
             before(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getEndYearYearParserRuleCall_3_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__EndYearAssignment_3_3"


    // $ANTLR start "rule__Plan__AdoptedByAssignment_4_2"
    // InternalItup.g:9041:1: rule__Plan__AdoptedByAssignment_4_2 : ( RULE_STRING ) ;
    public final void rule__Plan__AdoptedByAssignment_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9045:1: ( ( RULE_STRING ) )
            // InternalItup.g:9046:2: ( RULE_STRING )
            {
            // InternalItup.g:9046:2: ( RULE_STRING )
            // InternalItup.g:9047:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getAdoptedBySTRINGTerminalRuleCall_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__AdoptedByAssignment_4_2"


    // $ANTLR start "rule__Plan__ImportsAssignment_5"
    // InternalItup.g:9056:1: rule__Plan__ImportsAssignment_5 : ( ruleImport ) ;
    public final void rule__Plan__ImportsAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9060:1: ( ( ruleImport ) )
            // InternalItup.g:9061:2: ( ruleImport )
            {
            // InternalItup.g:9061:2: ( ruleImport )
            // InternalItup.g:9062:3: ruleImport
            {
             before(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleImport();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getImportsImportParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__ImportsAssignment_5"


    // $ANTLR start "rule__Plan__VisionAssignment_6_1"
    // InternalItup.g:9071:1: rule__Plan__VisionAssignment_6_1 : ( RULE_STRING ) ;
    public final void rule__Plan__VisionAssignment_6_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9075:1: ( ( RULE_STRING ) )
            // InternalItup.g:9076:2: ( RULE_STRING )
            {
            // InternalItup.g:9076:2: ( RULE_STRING )
            // InternalItup.g:9077:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getVisionSTRINGTerminalRuleCall_6_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__VisionAssignment_6_1"


    // $ANTLR start "rule__Plan__MissionAssignment_7_1"
    // InternalItup.g:9086:1: rule__Plan__MissionAssignment_7_1 : ( RULE_STRING ) ;
    public final void rule__Plan__MissionAssignment_7_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9090:1: ( ( RULE_STRING ) )
            // InternalItup.g:9091:2: ( RULE_STRING )
            {
            // InternalItup.g:9091:2: ( RULE_STRING )
            // InternalItup.g:9092:3: RULE_STRING
            {
             before(grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPlanAccess().getMissionSTRINGTerminalRuleCall_7_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__MissionAssignment_7_1"


    // $ANTLR start "rule__Plan__SectorOrderAssignment_8_1"
    // InternalItup.g:9101:1: rule__Plan__SectorOrderAssignment_8_1 : ( ( ruleCode ) ) ;
    public final void rule__Plan__SectorOrderAssignment_8_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9105:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9106:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9106:2: ( ( ruleCode ) )
            // InternalItup.g:9107:3: ( ruleCode )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0()); 
            // InternalItup.g:9108:3: ( ruleCode )
            // InternalItup.g:9109:4: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_1_0_1()); 

            }

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorOrderAssignment_8_1"


    // $ANTLR start "rule__Plan__SectorOrderAssignment_8_2_1"
    // InternalItup.g:9120:1: rule__Plan__SectorOrderAssignment_8_2_1 : ( ( ruleCode ) ) ;
    public final void rule__Plan__SectorOrderAssignment_8_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9124:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9125:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9125:2: ( ( ruleCode ) )
            // InternalItup.g:9126:3: ( ruleCode )
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0()); 
            // InternalItup.g:9127:3: ( ruleCode )
            // InternalItup.g:9128:4: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_2_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCodeParserRuleCall_8_2_1_0_1()); 

            }

             after(grammarAccess.getPlanAccess().getSectorOrderSectorCrossReference_8_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorOrderAssignment_8_2_1"


    // $ANTLR start "rule__Plan__ValuesAssignment_9_0"
    // InternalItup.g:9139:1: rule__Plan__ValuesAssignment_9_0 : ( ruleCoreValue ) ;
    public final void rule__Plan__ValuesAssignment_9_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9143:1: ( ( ruleCoreValue ) )
            // InternalItup.g:9144:2: ( ruleCoreValue )
            {
            // InternalItup.g:9144:2: ( ruleCoreValue )
            // InternalItup.g:9145:3: ruleCoreValue
            {
             before(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCoreValue();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getValuesCoreValueParserRuleCall_9_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__ValuesAssignment_9_0"


    // $ANTLR start "rule__Plan__GoalsAssignment_9_1"
    // InternalItup.g:9154:1: rule__Plan__GoalsAssignment_9_1 : ( ruleGoal ) ;
    public final void rule__Plan__GoalsAssignment_9_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9158:1: ( ( ruleGoal ) )
            // InternalItup.g:9159:2: ( ruleGoal )
            {
            // InternalItup.g:9159:2: ( ruleGoal )
            // InternalItup.g:9160:3: ruleGoal
            {
             before(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0()); 
            pushFollow(FOLLOW_2);
            ruleGoal();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getGoalsGoalParserRuleCall_9_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__GoalsAssignment_9_1"


    // $ANTLR start "rule__Plan__SectorsAssignment_9_2"
    // InternalItup.g:9169:1: rule__Plan__SectorsAssignment_9_2 : ( ruleSector ) ;
    public final void rule__Plan__SectorsAssignment_9_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9173:1: ( ( ruleSector ) )
            // InternalItup.g:9174:2: ( ruleSector )
            {
            // InternalItup.g:9174:2: ( ruleSector )
            // InternalItup.g:9175:3: ruleSector
            {
             before(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSector();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSectorsSectorParserRuleCall_9_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SectorsAssignment_9_2"


    // $ANTLR start "rule__Plan__RisksAssignment_9_3"
    // InternalItup.g:9184:1: rule__Plan__RisksAssignment_9_3 : ( ruleStrategicRisk ) ;
    public final void rule__Plan__RisksAssignment_9_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9188:1: ( ( ruleStrategicRisk ) )
            // InternalItup.g:9189:2: ( ruleStrategicRisk )
            {
            // InternalItup.g:9189:2: ( ruleStrategicRisk )
            // InternalItup.g:9190:3: ruleStrategicRisk
            {
             before(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0()); 
            pushFollow(FOLLOW_2);
            ruleStrategicRisk();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getRisksStrategicRiskParserRuleCall_9_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__RisksAssignment_9_3"


    // $ANTLR start "rule__Plan__SwotAssignment_9_4_2"
    // InternalItup.g:9199:1: rule__Plan__SwotAssignment_9_4_2 : ( ruleSwotItem ) ;
    public final void rule__Plan__SwotAssignment_9_4_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9203:1: ( ( ruleSwotItem ) )
            // InternalItup.g:9204:2: ( ruleSwotItem )
            {
            // InternalItup.g:9204:2: ( ruleSwotItem )
            // InternalItup.g:9205:3: ruleSwotItem
            {
             before(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0()); 
            pushFollow(FOLLOW_2);
            ruleSwotItem();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSwotSwotItemParserRuleCall_9_4_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SwotAssignment_9_4_2"


    // $ANTLR start "rule__Plan__WsisActionLinesAssignment_9_5_2"
    // InternalItup.g:9214:1: rule__Plan__WsisActionLinesAssignment_9_5_2 : ( ruleCode ) ;
    public final void rule__Plan__WsisActionLinesAssignment_9_5_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9218:1: ( ( ruleCode ) )
            // InternalItup.g:9219:2: ( ruleCode )
            {
            // InternalItup.g:9219:2: ( ruleCode )
            // InternalItup.g:9220:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__WsisActionLinesAssignment_9_5_2"


    // $ANTLR start "rule__Plan__WsisActionLinesAssignment_9_5_3_1"
    // InternalItup.g:9229:1: rule__Plan__WsisActionLinesAssignment_9_5_3_1 : ( ruleCode ) ;
    public final void rule__Plan__WsisActionLinesAssignment_9_5_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9233:1: ( ( ruleCode ) )
            // InternalItup.g:9234:2: ( ruleCode )
            {
            // InternalItup.g:9234:2: ( ruleCode )
            // InternalItup.g:9235:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getWsisActionLinesCodeParserRuleCall_9_5_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__WsisActionLinesAssignment_9_5_3_1"


    // $ANTLR start "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2"
    // InternalItup.g:9244:1: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2 : ( ruleCode ) ;
    public final void rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9248:1: ( ( ruleCode ) )
            // InternalItup.g:9249:2: ( ruleCode )
            {
            // InternalItup.g:9249:2: ( ruleCode )
            // InternalItup.g:9250:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_2"


    // $ANTLR start "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1"
    // InternalItup.g:9259:1: rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1 : ( ruleCode ) ;
    public final void rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9263:1: ( ( ruleCode ) )
            // InternalItup.g:9264:2: ( ruleCode )
            {
            // InternalItup.g:9264:2: ( ruleCode )
            // InternalItup.g:9265:3: ruleCode
            {
             before(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getSdgCustodianIndicatorsCodeParserRuleCall_9_6_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__SdgCustodianIndicatorsAssignment_9_6_3_1"


    // $ANTLR start "rule__Plan__CriteriaAssignment_9_7"
    // InternalItup.g:9274:1: rule__Plan__CriteriaAssignment_9_7 : ( ruleImplementationCriterion ) ;
    public final void rule__Plan__CriteriaAssignment_9_7() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9278:1: ( ( ruleImplementationCriterion ) )
            // InternalItup.g:9279:2: ( ruleImplementationCriterion )
            {
            // InternalItup.g:9279:2: ( ruleImplementationCriterion )
            // InternalItup.g:9280:3: ruleImplementationCriterion
            {
             before(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0()); 
            pushFollow(FOLLOW_2);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getCriteriaImplementationCriterionParserRuleCall_9_7_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__CriteriaAssignment_9_7"


    // $ANTLR start "rule__Plan__GlossaryAssignment_9_8"
    // InternalItup.g:9289:1: rule__Plan__GlossaryAssignment_9_8 : ( ruleGlossaryTerm ) ;
    public final void rule__Plan__GlossaryAssignment_9_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9293:1: ( ( ruleGlossaryTerm ) )
            // InternalItup.g:9294:2: ( ruleGlossaryTerm )
            {
            // InternalItup.g:9294:2: ( ruleGlossaryTerm )
            // InternalItup.g:9295:3: ruleGlossaryTerm
            {
             before(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0()); 
            pushFollow(FOLLOW_2);
            ruleGlossaryTerm();

            state._fsp--;

             after(grammarAccess.getPlanAccess().getGlossaryGlossaryTermParserRuleCall_9_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Plan__GlossaryAssignment_9_8"


    // $ANTLR start "rule__OperationalPlan__NameAssignment_2"
    // InternalItup.g:9304:1: rule__OperationalPlan__NameAssignment_2 : ( rulePlanName ) ;
    public final void rule__OperationalPlan__NameAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9308:1: ( ( rulePlanName ) )
            // InternalItup.g:9309:2: ( rulePlanName )
            {
            // InternalItup.g:9309:2: ( rulePlanName )
            // InternalItup.g:9310:3: rulePlanName
            {
             before(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getNamePlanNameParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__NameAssignment_2"


    // $ANTLR start "rule__OperationalPlan__SectorAssignment_4"
    // InternalItup.g:9319:1: rule__OperationalPlan__SectorAssignment_4 : ( ( ruleCode ) ) ;
    public final void rule__OperationalPlan__SectorAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9323:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9324:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9324:2: ( ( ruleCode ) )
            // InternalItup.g:9325:3: ( ruleCode )
            {
             before(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0()); 
            // InternalItup.g:9326:3: ( ruleCode )
            // InternalItup.g:9327:4: ruleCode
            {
             before(grammarAccess.getOperationalPlanAccess().getSectorSectorCodeParserRuleCall_4_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getSectorSectorCodeParserRuleCall_4_0_1()); 

            }

             after(grammarAccess.getOperationalPlanAccess().getSectorSectorCrossReference_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__SectorAssignment_4"


    // $ANTLR start "rule__OperationalPlan__YearAssignment_6"
    // InternalItup.g:9338:1: rule__OperationalPlan__YearAssignment_6 : ( ruleYear ) ;
    public final void rule__OperationalPlan__YearAssignment_6() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9342:1: ( ( ruleYear ) )
            // InternalItup.g:9343:2: ( ruleYear )
            {
            // InternalItup.g:9343:2: ( ruleYear )
            // InternalItup.g:9344:3: ruleYear
            {
             before(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getYearYearParserRuleCall_6_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__YearAssignment_6"


    // $ANTLR start "rule__OperationalPlan__StrategicPlanAssignment_8"
    // InternalItup.g:9353:1: rule__OperationalPlan__StrategicPlanAssignment_8 : ( ( rulePlanName ) ) ;
    public final void rule__OperationalPlan__StrategicPlanAssignment_8() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9357:1: ( ( ( rulePlanName ) ) )
            // InternalItup.g:9358:2: ( ( rulePlanName ) )
            {
            // InternalItup.g:9358:2: ( ( rulePlanName ) )
            // InternalItup.g:9359:3: ( rulePlanName )
            {
             before(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0()); 
            // InternalItup.g:9360:3: ( rulePlanName )
            // InternalItup.g:9361:4: rulePlanName
            {
             before(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanPlanNameParserRuleCall_8_0_1()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanPlanNameParserRuleCall_8_0_1()); 

            }

             after(grammarAccess.getOperationalPlanAccess().getStrategicPlanPlanCrossReference_8_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__StrategicPlanAssignment_8"


    // $ANTLR start "rule__OperationalPlan__ResponsibleUnitAssignment_9_1"
    // InternalItup.g:9372:1: rule__OperationalPlan__ResponsibleUnitAssignment_9_1 : ( RULE_STRING ) ;
    public final void rule__OperationalPlan__ResponsibleUnitAssignment_9_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9376:1: ( ( RULE_STRING ) )
            // InternalItup.g:9377:2: ( RULE_STRING )
            {
            // InternalItup.g:9377:2: ( RULE_STRING )
            // InternalItup.g:9378:3: RULE_STRING
            {
             before(grammarAccess.getOperationalPlanAccess().getResponsibleUnitSTRINGTerminalRuleCall_9_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOperationalPlanAccess().getResponsibleUnitSTRINGTerminalRuleCall_9_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__ResponsibleUnitAssignment_9_1"


    // $ANTLR start "rule__OperationalPlan__ObjectivesAssignment_10"
    // InternalItup.g:9387:1: rule__OperationalPlan__ObjectivesAssignment_10 : ( ruleObjectivePlan ) ;
    public final void rule__OperationalPlan__ObjectivesAssignment_10() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9391:1: ( ( ruleObjectivePlan ) )
            // InternalItup.g:9392:2: ( ruleObjectivePlan )
            {
            // InternalItup.g:9392:2: ( ruleObjectivePlan )
            // InternalItup.g:9393:3: ruleObjectivePlan
            {
             before(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0()); 
            pushFollow(FOLLOW_2);
            ruleObjectivePlan();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getObjectivesObjectivePlanParserRuleCall_10_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__ObjectivesAssignment_10"


    // $ANTLR start "rule__OperationalPlan__RetiredOutputsAssignment_11"
    // InternalItup.g:9402:1: rule__OperationalPlan__RetiredOutputsAssignment_11 : ( ruleRetiredOutput ) ;
    public final void rule__OperationalPlan__RetiredOutputsAssignment_11() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9406:1: ( ( ruleRetiredOutput ) )
            // InternalItup.g:9407:2: ( ruleRetiredOutput )
            {
            // InternalItup.g:9407:2: ( ruleRetiredOutput )
            // InternalItup.g:9408:3: ruleRetiredOutput
            {
             before(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0()); 
            pushFollow(FOLLOW_2);
            ruleRetiredOutput();

            state._fsp--;

             after(grammarAccess.getOperationalPlanAccess().getRetiredOutputsRetiredOutputParserRuleCall_11_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OperationalPlan__RetiredOutputsAssignment_11"


    // $ANTLR start "rule__ObjectivePlan__ObjectiveAssignment_1"
    // InternalItup.g:9417:1: rule__ObjectivePlan__ObjectiveAssignment_1 : ( ( ruleCode ) ) ;
    public final void rule__ObjectivePlan__ObjectiveAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9421:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9422:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9422:2: ( ( ruleCode ) )
            // InternalItup.g:9423:3: ( ruleCode )
            {
             before(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0()); 
            // InternalItup.g:9424:3: ( ruleCode )
            // InternalItup.g:9425:4: ruleCode
            {
             before(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCodeParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCodeParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getObjectivePlanAccess().getObjectiveObjectiveCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__ObjectiveAssignment_1"


    // $ANTLR start "rule__ObjectivePlan__OutputsAssignment_3"
    // InternalItup.g:9436:1: rule__ObjectivePlan__OutputsAssignment_3 : ( ruleOutputPlan ) ;
    public final void rule__ObjectivePlan__OutputsAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9440:1: ( ( ruleOutputPlan ) )
            // InternalItup.g:9441:2: ( ruleOutputPlan )
            {
            // InternalItup.g:9441:2: ( ruleOutputPlan )
            // InternalItup.g:9442:3: ruleOutputPlan
            {
             before(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0()); 
            pushFollow(FOLLOW_2);
            ruleOutputPlan();

            state._fsp--;

             after(grammarAccess.getObjectivePlanAccess().getOutputsOutputPlanParserRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ObjectivePlan__OutputsAssignment_3"


    // $ANTLR start "rule__OutputPlan__OutputAssignment_1"
    // InternalItup.g:9451:1: rule__OutputPlan__OutputAssignment_1 : ( ( ruleCode ) ) ;
    public final void rule__OutputPlan__OutputAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9455:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:9456:2: ( ( ruleCode ) )
            {
            // InternalItup.g:9456:2: ( ( ruleCode ) )
            // InternalItup.g:9457:3: ( ruleCode )
            {
             before(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0()); 
            // InternalItup.g:9458:3: ( ruleCode )
            // InternalItup.g:9459:4: ruleCode
            {
             before(grammarAccess.getOutputPlanAccess().getOutputOutputCodeParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutputPlanAccess().getOutputOutputCodeParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getOutputPlanAccess().getOutputOutputCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputPlan__OutputAssignment_1"


    // $ANTLR start "rule__RetiredOutput__CodeAssignment_2"
    // InternalItup.g:9470:1: rule__RetiredOutput__CodeAssignment_2 : ( ruleCode ) ;
    public final void rule__RetiredOutput__CodeAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9474:1: ( ( ruleCode ) )
            // InternalItup.g:9475:2: ( ruleCode )
            {
            // InternalItup.g:9475:2: ( ruleCode )
            // InternalItup.g:9476:3: ruleCode
            {
             before(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getRetiredOutputAccess().getCodeCodeParserRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__RetiredOutput__CodeAssignment_2"


    // $ANTLR start "rule__OutputWork__ResponsibleUnitAssignment_0_1"
    // InternalItup.g:9485:1: rule__OutputWork__ResponsibleUnitAssignment_0_1 : ( RULE_STRING ) ;
    public final void rule__OutputWork__ResponsibleUnitAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9489:1: ( ( RULE_STRING ) )
            // InternalItup.g:9490:2: ( RULE_STRING )
            {
            // InternalItup.g:9490:2: ( RULE_STRING )
            // InternalItup.g:9491:3: RULE_STRING
            {
             before(grammarAccess.getOutputWorkAccess().getResponsibleUnitSTRINGTerminalRuleCall_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getResponsibleUnitSTRINGTerminalRuleCall_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__ResponsibleUnitAssignment_0_1"


    // $ANTLR start "rule__OutputWork__ActivitiesAssignment_1_0_1"
    // InternalItup.g:9500:1: rule__OutputWork__ActivitiesAssignment_1_0_1 : ( RULE_STRING ) ;
    public final void rule__OutputWork__ActivitiesAssignment_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9504:1: ( ( RULE_STRING ) )
            // InternalItup.g:9505:2: ( RULE_STRING )
            {
            // InternalItup.g:9505:2: ( RULE_STRING )
            // InternalItup.g:9506:3: RULE_STRING
            {
             before(grammarAccess.getOutputWorkAccess().getActivitiesSTRINGTerminalRuleCall_1_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getActivitiesSTRINGTerminalRuleCall_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__ActivitiesAssignment_1_0_1"


    // $ANTLR start "rule__OutputWork__IndicatorsAssignment_1_1"
    // InternalItup.g:9515:1: rule__OutputWork__IndicatorsAssignment_1_1 : ( rulePerformanceIndicator ) ;
    public final void rule__OutputWork__IndicatorsAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9519:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:9520:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:9520:2: ( rulePerformanceIndicator )
            // InternalItup.g:9521:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutputWorkAccess().getIndicatorsPerformanceIndicatorParserRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__IndicatorsAssignment_1_1"


    // $ANTLR start "rule__OutputWork__ResourcesAssignment_1_2_1"
    // InternalItup.g:9530:1: rule__OutputWork__ResourcesAssignment_1_2_1 : ( RULE_STRING ) ;
    public final void rule__OutputWork__ResourcesAssignment_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9534:1: ( ( RULE_STRING ) )
            // InternalItup.g:9535:2: ( RULE_STRING )
            {
            // InternalItup.g:9535:2: ( RULE_STRING )
            // InternalItup.g:9536:3: RULE_STRING
            {
             before(grammarAccess.getOutputWorkAccess().getResourcesSTRINGTerminalRuleCall_1_2_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputWorkAccess().getResourcesSTRINGTerminalRuleCall_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__ResourcesAssignment_1_2_1"


    // $ANTLR start "rule__OutputWork__TimelineAssignment_1_3"
    // InternalItup.g:9545:1: rule__OutputWork__TimelineAssignment_1_3 : ( ruleMilestone ) ;
    public final void rule__OutputWork__TimelineAssignment_1_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9549:1: ( ( ruleMilestone ) )
            // InternalItup.g:9550:2: ( ruleMilestone )
            {
            // InternalItup.g:9550:2: ( ruleMilestone )
            // InternalItup.g:9551:3: ruleMilestone
            {
             before(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_1_3_0()); 
            pushFollow(FOLLOW_2);
            ruleMilestone();

            state._fsp--;

             after(grammarAccess.getOutputWorkAccess().getTimelineMilestoneParserRuleCall_1_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__OutputWork__TimelineAssignment_1_3"


    // $ANTLR start "rule__Milestone__ForecastAssignment_0_1"
    // InternalItup.g:9560:1: rule__Milestone__ForecastAssignment_0_1 : ( ( 'forecast' ) ) ;
    public final void rule__Milestone__ForecastAssignment_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9564:1: ( ( ( 'forecast' ) ) )
            // InternalItup.g:9565:2: ( ( 'forecast' ) )
            {
            // InternalItup.g:9565:2: ( ( 'forecast' ) )
            // InternalItup.g:9566:3: ( 'forecast' )
            {
             before(grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0()); 
            // InternalItup.g:9567:3: ( 'forecast' )
            // InternalItup.g:9568:4: 'forecast'
            {
             before(grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0()); 
            match(input,83,FOLLOW_2); 
             after(grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0()); 

            }

             after(grammarAccess.getMilestoneAccess().getForecastForecastKeyword_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__ForecastAssignment_0_1"


    // $ANTLR start "rule__Milestone__YearAssignment_1"
    // InternalItup.g:9579:1: rule__Milestone__YearAssignment_1 : ( ruleYear ) ;
    public final void rule__Milestone__YearAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9583:1: ( ( ruleYear ) )
            // InternalItup.g:9584:2: ( ruleYear )
            {
            // InternalItup.g:9584:2: ( ruleYear )
            // InternalItup.g:9585:3: ruleYear
            {
             before(grammarAccess.getMilestoneAccess().getYearYearParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getMilestoneAccess().getYearYearParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__YearAssignment_1"


    // $ANTLR start "rule__Milestone__StatementAssignment_2"
    // InternalItup.g:9594:1: rule__Milestone__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Milestone__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9598:1: ( ( RULE_STRING ) )
            // InternalItup.g:9599:2: ( RULE_STRING )
            {
            // InternalItup.g:9599:2: ( RULE_STRING )
            // InternalItup.g:9600:3: RULE_STRING
            {
             before(grammarAccess.getMilestoneAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getMilestoneAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Milestone__StatementAssignment_2"


    // $ANTLR start "rule__Import__PlanAssignment_1"
    // InternalItup.g:9609:1: rule__Import__PlanAssignment_1 : ( ( rulePlanName ) ) ;
    public final void rule__Import__PlanAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9613:1: ( ( ( rulePlanName ) ) )
            // InternalItup.g:9614:2: ( ( rulePlanName ) )
            {
            // InternalItup.g:9614:2: ( ( rulePlanName ) )
            // InternalItup.g:9615:3: ( rulePlanName )
            {
             before(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0()); 
            // InternalItup.g:9616:3: ( rulePlanName )
            // InternalItup.g:9617:4: rulePlanName
            {
             before(grammarAccess.getImportAccess().getPlanPlanPlanNameParserRuleCall_1_0_1()); 
            pushFollow(FOLLOW_2);
            rulePlanName();

            state._fsp--;

             after(grammarAccess.getImportAccess().getPlanPlanPlanNameParserRuleCall_1_0_1()); 

            }

             after(grammarAccess.getImportAccess().getPlanPlanCrossReference_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Import__PlanAssignment_1"


    // $ANTLR start "rule__CoreValue__NameAssignment_1"
    // InternalItup.g:9628:1: rule__CoreValue__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__CoreValue__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9632:1: ( ( ruleCode ) )
            // InternalItup.g:9633:2: ( ruleCode )
            {
            // InternalItup.g:9633:2: ( ruleCode )
            // InternalItup.g:9634:3: ruleCode
            {
             before(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getCoreValueAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__NameAssignment_1"


    // $ANTLR start "rule__CoreValue__TitleAssignment_2"
    // InternalItup.g:9643:1: rule__CoreValue__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__CoreValue__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9647:1: ( ( RULE_STRING ) )
            // InternalItup.g:9648:2: ( RULE_STRING )
            {
            // InternalItup.g:9648:2: ( RULE_STRING )
            // InternalItup.g:9649:3: RULE_STRING
            {
             before(grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__TitleAssignment_2"


    // $ANTLR start "rule__CoreValue__StatementAssignment_3"
    // InternalItup.g:9658:1: rule__CoreValue__StatementAssignment_3 : ( RULE_STRING ) ;
    public final void rule__CoreValue__StatementAssignment_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9662:1: ( ( RULE_STRING ) )
            // InternalItup.g:9663:2: ( RULE_STRING )
            {
            // InternalItup.g:9663:2: ( RULE_STRING )
            // InternalItup.g:9664:3: RULE_STRING
            {
             before(grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getCoreValueAccess().getStatementSTRINGTerminalRuleCall_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__CoreValue__StatementAssignment_3"


    // $ANTLR start "rule__Goal__NameAssignment_1"
    // InternalItup.g:9673:1: rule__Goal__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Goal__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9677:1: ( ( ruleCode ) )
            // InternalItup.g:9678:2: ( ruleCode )
            {
            // InternalItup.g:9678:2: ( ruleCode )
            // InternalItup.g:9679:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__NameAssignment_1"


    // $ANTLR start "rule__Goal__TitleAssignment_2"
    // InternalItup.g:9688:1: rule__Goal__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Goal__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9692:1: ( ( RULE_STRING ) )
            // InternalItup.g:9693:2: ( RULE_STRING )
            {
            // InternalItup.g:9693:2: ( RULE_STRING )
            // InternalItup.g:9694:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__TitleAssignment_2"


    // $ANTLR start "rule__Goal__StatementAssignment_4_1"
    // InternalItup.g:9703:1: rule__Goal__StatementAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__Goal__StatementAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9707:1: ( ( RULE_STRING ) )
            // InternalItup.g:9708:2: ( RULE_STRING )
            {
            // InternalItup.g:9708:2: ( RULE_STRING )
            // InternalItup.g:9709:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__StatementAssignment_4_1"


    // $ANTLR start "rule__Goal__DescriptionAssignment_5_1"
    // InternalItup.g:9718:1: rule__Goal__DescriptionAssignment_5_1 : ( RULE_STRING ) ;
    public final void rule__Goal__DescriptionAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9722:1: ( ( RULE_STRING ) )
            // InternalItup.g:9723:2: ( RULE_STRING )
            {
            // InternalItup.g:9723:2: ( RULE_STRING )
            // InternalItup.g:9724:3: RULE_STRING
            {
             before(grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGoalAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__DescriptionAssignment_5_1"


    // $ANTLR start "rule__Goal__TargetsAssignment_6_0"
    // InternalItup.g:9733:1: rule__Goal__TargetsAssignment_6_0 : ( ruleTarget ) ;
    public final void rule__Goal__TargetsAssignment_6_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9737:1: ( ( ruleTarget ) )
            // InternalItup.g:9738:2: ( ruleTarget )
            {
            // InternalItup.g:9738:2: ( ruleTarget )
            // InternalItup.g:9739:3: ruleTarget
            {
             before(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0()); 
            pushFollow(FOLLOW_2);
            ruleTarget();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getTargetsTargetParserRuleCall_6_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__TargetsAssignment_6_0"


    // $ANTLR start "rule__Goal__SdgLinksAssignment_6_1_1"
    // InternalItup.g:9748:1: rule__Goal__SdgLinksAssignment_6_1_1 : ( ruleSdgLink ) ;
    public final void rule__Goal__SdgLinksAssignment_6_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9752:1: ( ( ruleSdgLink ) )
            // InternalItup.g:9753:2: ( ruleSdgLink )
            {
            // InternalItup.g:9753:2: ( ruleSdgLink )
            // InternalItup.g:9754:3: ruleSdgLink
            {
             before(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__SdgLinksAssignment_6_1_1"


    // $ANTLR start "rule__Goal__SdgLinksAssignment_6_1_2_1"
    // InternalItup.g:9763:1: rule__Goal__SdgLinksAssignment_6_1_2_1 : ( ruleSdgLink ) ;
    public final void rule__Goal__SdgLinksAssignment_6_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9767:1: ( ( ruleSdgLink ) )
            // InternalItup.g:9768:2: ( ruleSdgLink )
            {
            // InternalItup.g:9768:2: ( ruleSdgLink )
            // InternalItup.g:9769:3: ruleSdgLink
            {
             before(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleSdgLink();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getSdgLinksSdgLinkParserRuleCall_6_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__SdgLinksAssignment_6_1_2_1"


    // $ANTLR start "rule__Goal__WsisActionLinesAssignment_6_2_1"
    // InternalItup.g:9778:1: rule__Goal__WsisActionLinesAssignment_6_2_1 : ( ruleCode ) ;
    public final void rule__Goal__WsisActionLinesAssignment_6_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9782:1: ( ( ruleCode ) )
            // InternalItup.g:9783:2: ( ruleCode )
            {
            // InternalItup.g:9783:2: ( ruleCode )
            // InternalItup.g:9784:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__WsisActionLinesAssignment_6_2_1"


    // $ANTLR start "rule__Goal__WsisActionLinesAssignment_6_2_2_1"
    // InternalItup.g:9793:1: rule__Goal__WsisActionLinesAssignment_6_2_2_1 : ( ruleCode ) ;
    public final void rule__Goal__WsisActionLinesAssignment_6_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9797:1: ( ( ruleCode ) )
            // InternalItup.g:9798:2: ( ruleCode )
            {
            // InternalItup.g:9798:2: ( ruleCode )
            // InternalItup.g:9799:3: ruleCode
            {
             before(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getGoalAccess().getWsisActionLinesCodeParserRuleCall_6_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Goal__WsisActionLinesAssignment_6_2_2_1"


    // $ANTLR start "rule__Target__NameAssignment_1"
    // InternalItup.g:9808:1: rule__Target__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Target__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9812:1: ( ( ruleCode ) )
            // InternalItup.g:9813:2: ( ruleCode )
            {
            // InternalItup.g:9813:2: ( ruleCode )
            // InternalItup.g:9814:3: ruleCode
            {
             before(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__NameAssignment_1"


    // $ANTLR start "rule__Target__StatementAssignment_2"
    // InternalItup.g:9823:1: rule__Target__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Target__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9827:1: ( ( RULE_STRING ) )
            // InternalItup.g:9828:2: ( RULE_STRING )
            {
            // InternalItup.g:9828:2: ( RULE_STRING )
            // InternalItup.g:9829:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__StatementAssignment_2"


    // $ANTLR start "rule__Target__DeadlineAssignment_3_1_0_1"
    // InternalItup.g:9838:1: rule__Target__DeadlineAssignment_3_1_0_1 : ( ruleYear ) ;
    public final void rule__Target__DeadlineAssignment_3_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9842:1: ( ( ruleYear ) )
            // InternalItup.g:9843:2: ( ruleYear )
            {
            // InternalItup.g:9843:2: ( ruleYear )
            // InternalItup.g:9844:3: ruleYear
            {
             before(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getDeadlineYearParserRuleCall_3_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__DeadlineAssignment_3_1_0_1"


    // $ANTLR start "rule__Target__KindAssignment_3_1_1_0_0"
    // InternalItup.g:9853:1: rule__Target__KindAssignment_3_1_1_0_0 : ( ruleMeasuredTargetKind ) ;
    public final void rule__Target__KindAssignment_3_1_1_0_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9857:1: ( ( ruleMeasuredTargetKind ) )
            // InternalItup.g:9858:2: ( ruleMeasuredTargetKind )
            {
            // InternalItup.g:9858:2: ( ruleMeasuredTargetKind )
            // InternalItup.g:9859:3: ruleMeasuredTargetKind
            {
             before(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0()); 
            pushFollow(FOLLOW_2);
            ruleMeasuredTargetKind();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getKindMeasuredTargetKindEnumRuleCall_3_1_1_0_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__KindAssignment_3_1_1_0_0"


    // $ANTLR start "rule__Target__ValueAssignment_3_1_1_0_1"
    // InternalItup.g:9868:1: rule__Target__ValueAssignment_3_1_1_0_1 : ( ruleDecimal ) ;
    public final void rule__Target__ValueAssignment_3_1_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9872:1: ( ( ruleDecimal ) )
            // InternalItup.g:9873:2: ( ruleDecimal )
            {
            // InternalItup.g:9873:2: ( ruleDecimal )
            // InternalItup.g:9874:3: ruleDecimal
            {
             before(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getValueDecimalParserRuleCall_3_1_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__ValueAssignment_3_1_1_0_1"


    // $ANTLR start "rule__Target__UnitAssignment_3_1_1_0_2"
    // InternalItup.g:9883:1: rule__Target__UnitAssignment_3_1_1_0_2 : ( RULE_STRING ) ;
    public final void rule__Target__UnitAssignment_3_1_1_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9887:1: ( ( RULE_STRING ) )
            // InternalItup.g:9888:2: ( RULE_STRING )
            {
            // InternalItup.g:9888:2: ( RULE_STRING )
            // InternalItup.g:9889:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getUnitSTRINGTerminalRuleCall_3_1_1_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__UnitAssignment_3_1_1_0_2"


    // $ANTLR start "rule__Target__KindAssignment_3_1_1_1"
    // InternalItup.g:9898:1: rule__Target__KindAssignment_3_1_1_1 : ( ruleQualitativeTargetKind ) ;
    public final void rule__Target__KindAssignment_3_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9902:1: ( ( ruleQualitativeTargetKind ) )
            // InternalItup.g:9903:2: ( ruleQualitativeTargetKind )
            {
            // InternalItup.g:9903:2: ( ruleQualitativeTargetKind )
            // InternalItup.g:9904:3: ruleQualitativeTargetKind
            {
             before(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleQualitativeTargetKind();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getKindQualitativeTargetKindEnumRuleCall_3_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__KindAssignment_3_1_1_1"


    // $ANTLR start "rule__Target__BaselineAssignment_3_1_2"
    // InternalItup.g:9913:1: rule__Target__BaselineAssignment_3_1_2 : ( ruleBaseline ) ;
    public final void rule__Target__BaselineAssignment_3_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9917:1: ( ( ruleBaseline ) )
            // InternalItup.g:9918:2: ( ruleBaseline )
            {
            // InternalItup.g:9918:2: ( ruleBaseline )
            // InternalItup.g:9919:3: ruleBaseline
            {
             before(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0()); 
            pushFollow(FOLLOW_2);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getBaselineBaselineParserRuleCall_3_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__BaselineAssignment_3_1_2"


    // $ANTLR start "rule__Target__PopulationAssignment_3_1_3_1"
    // InternalItup.g:9928:1: rule__Target__PopulationAssignment_3_1_3_1 : ( RULE_STRING ) ;
    public final void rule__Target__PopulationAssignment_3_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9932:1: ( ( RULE_STRING ) )
            // InternalItup.g:9933:2: ( RULE_STRING )
            {
            // InternalItup.g:9933:2: ( RULE_STRING )
            // InternalItup.g:9934:3: RULE_STRING
            {
             before(grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTargetAccess().getPopulationSTRINGTerminalRuleCall_3_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__PopulationAssignment_3_1_3_1"


    // $ANTLR start "rule__Target__IndicatorsAssignment_3_2"
    // InternalItup.g:9943:1: rule__Target__IndicatorsAssignment_3_2 : ( rulePerformanceIndicator ) ;
    public final void rule__Target__IndicatorsAssignment_3_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9947:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:9948:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:9948:2: ( rulePerformanceIndicator )
            // InternalItup.g:9949:3: rulePerformanceIndicator
            {
             before(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getTargetAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Target__IndicatorsAssignment_3_2"


    // $ANTLR start "rule__Baseline__YearAssignment_1"
    // InternalItup.g:9958:1: rule__Baseline__YearAssignment_1 : ( ruleYear ) ;
    public final void rule__Baseline__YearAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9962:1: ( ( ruleYear ) )
            // InternalItup.g:9963:2: ( ruleYear )
            {
            // InternalItup.g:9963:2: ( ruleYear )
            // InternalItup.g:9964:3: ruleYear
            {
             before(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleYear();

            state._fsp--;

             after(grammarAccess.getBaselineAccess().getYearYearParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__YearAssignment_1"


    // $ANTLR start "rule__Baseline__MeasuredAssignment_2_0"
    // InternalItup.g:9973:1: rule__Baseline__MeasuredAssignment_2_0 : ( ( 'measured' ) ) ;
    public final void rule__Baseline__MeasuredAssignment_2_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9977:1: ( ( ( 'measured' ) ) )
            // InternalItup.g:9978:2: ( ( 'measured' ) )
            {
            // InternalItup.g:9978:2: ( ( 'measured' ) )
            // InternalItup.g:9979:3: ( 'measured' )
            {
             before(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 
            // InternalItup.g:9980:3: ( 'measured' )
            // InternalItup.g:9981:4: 'measured'
            {
             before(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 
            match(input,84,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 

            }

             after(grammarAccess.getBaselineAccess().getMeasuredMeasuredKeyword_2_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__MeasuredAssignment_2_0"


    // $ANTLR start "rule__Baseline__ValueAssignment_2_1_1"
    // InternalItup.g:9992:1: rule__Baseline__ValueAssignment_2_1_1 : ( ruleDecimal ) ;
    public final void rule__Baseline__ValueAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:9996:1: ( ( ruleDecimal ) )
            // InternalItup.g:9997:2: ( ruleDecimal )
            {
            // InternalItup.g:9997:2: ( ruleDecimal )
            // InternalItup.g:9998:3: ruleDecimal
            {
             before(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getBaselineAccess().getValueDecimalParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__ValueAssignment_2_1_1"


    // $ANTLR start "rule__Baseline__UnitAssignment_2_1_2"
    // InternalItup.g:10007:1: rule__Baseline__UnitAssignment_2_1_2 : ( RULE_STRING ) ;
    public final void rule__Baseline__UnitAssignment_2_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10011:1: ( ( RULE_STRING ) )
            // InternalItup.g:10012:2: ( RULE_STRING )
            {
            // InternalItup.g:10012:2: ( RULE_STRING )
            // InternalItup.g:10013:3: RULE_STRING
            {
             before(grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_1_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBaselineAccess().getUnitSTRINGTerminalRuleCall_2_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Baseline__UnitAssignment_2_1_2"


    // $ANTLR start "rule__SdgLink__TargetAssignment_0"
    // InternalItup.g:10022:1: rule__SdgLink__TargetAssignment_0 : ( ruleCode ) ;
    public final void rule__SdgLink__TargetAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10026:1: ( ( ruleCode ) )
            // InternalItup.g:10027:2: ( ruleCode )
            {
            // InternalItup.g:10027:2: ( ruleCode )
            // InternalItup.g:10028:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getTargetCodeParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__TargetAssignment_0"


    // $ANTLR start "rule__SdgLink__IndicatorsAssignment_1_1"
    // InternalItup.g:10037:1: rule__SdgLink__IndicatorsAssignment_1_1 : ( ruleCode ) ;
    public final void rule__SdgLink__IndicatorsAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10041:1: ( ( ruleCode ) )
            // InternalItup.g:10042:2: ( ruleCode )
            {
            // InternalItup.g:10042:2: ( ruleCode )
            // InternalItup.g:10043:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__IndicatorsAssignment_1_1"


    // $ANTLR start "rule__SdgLink__IndicatorsAssignment_1_2_1"
    // InternalItup.g:10052:1: rule__SdgLink__IndicatorsAssignment_1_2_1 : ( ruleCode ) ;
    public final void rule__SdgLink__IndicatorsAssignment_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10056:1: ( ( ruleCode ) )
            // InternalItup.g:10057:2: ( ruleCode )
            {
            // InternalItup.g:10057:2: ( ruleCode )
            // InternalItup.g:10058:3: ruleCode
            {
             before(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSdgLinkAccess().getIndicatorsCodeParserRuleCall_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SdgLink__IndicatorsAssignment_1_2_1"


    // $ANTLR start "rule__Sector__KindAssignment_0"
    // InternalItup.g:10067:1: rule__Sector__KindAssignment_0 : ( ruleSectorKind ) ;
    public final void rule__Sector__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10071:1: ( ( ruleSectorKind ) )
            // InternalItup.g:10072:2: ( ruleSectorKind )
            {
            // InternalItup.g:10072:2: ( ruleSectorKind )
            // InternalItup.g:10073:3: ruleSectorKind
            {
             before(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSectorKind();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getKindSectorKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__KindAssignment_0"


    // $ANTLR start "rule__Sector__NameAssignment_1"
    // InternalItup.g:10082:1: rule__Sector__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Sector__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10086:1: ( ( ruleCode ) )
            // InternalItup.g:10087:2: ( ruleCode )
            {
            // InternalItup.g:10087:2: ( ruleCode )
            // InternalItup.g:10088:3: ruleCode
            {
             before(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__NameAssignment_1"


    // $ANTLR start "rule__Sector__TitleAssignment_2"
    // InternalItup.g:10097:1: rule__Sector__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Sector__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10101:1: ( ( RULE_STRING ) )
            // InternalItup.g:10102:2: ( RULE_STRING )
            {
            // InternalItup.g:10102:2: ( RULE_STRING )
            // InternalItup.g:10103:3: RULE_STRING
            {
             before(grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSectorAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__TitleAssignment_2"


    // $ANTLR start "rule__Sector__BureauAssignment_4_1"
    // InternalItup.g:10112:1: rule__Sector__BureauAssignment_4_1 : ( ruleBureau ) ;
    public final void rule__Sector__BureauAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10116:1: ( ( ruleBureau ) )
            // InternalItup.g:10117:2: ( ruleBureau )
            {
            // InternalItup.g:10117:2: ( ruleBureau )
            // InternalItup.g:10118:3: ruleBureau
            {
             before(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBureau();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getBureauBureauParserRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__BureauAssignment_4_1"


    // $ANTLR start "rule__Sector__ObjectivesAssignment_5_0"
    // InternalItup.g:10127:1: rule__Sector__ObjectivesAssignment_5_0 : ( ruleObjective ) ;
    public final void rule__Sector__ObjectivesAssignment_5_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10131:1: ( ( ruleObjective ) )
            // InternalItup.g:10132:2: ( ruleObjective )
            {
            // InternalItup.g:10132:2: ( ruleObjective )
            // InternalItup.g:10133:3: ruleObjective
            {
             before(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0()); 
            pushFollow(FOLLOW_2);
            ruleObjective();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getObjectivesObjectiveParserRuleCall_5_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__ObjectivesAssignment_5_0"


    // $ANTLR start "rule__Sector__EnablersAssignment_5_1"
    // InternalItup.g:10142:1: rule__Sector__EnablersAssignment_5_1 : ( ruleEnabler ) ;
    public final void rule__Sector__EnablersAssignment_5_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10146:1: ( ( ruleEnabler ) )
            // InternalItup.g:10147:2: ( ruleEnabler )
            {
            // InternalItup.g:10147:2: ( ruleEnabler )
            // InternalItup.g:10148:3: ruleEnabler
            {
             before(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0()); 
            pushFollow(FOLLOW_2);
            ruleEnabler();

            state._fsp--;

             after(grammarAccess.getSectorAccess().getEnablersEnablerParserRuleCall_5_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Sector__EnablersAssignment_5_1"


    // $ANTLR start "rule__Bureau__NameAssignment_0"
    // InternalItup.g:10157:1: rule__Bureau__NameAssignment_0 : ( ruleCode ) ;
    public final void rule__Bureau__NameAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10161:1: ( ( ruleCode ) )
            // InternalItup.g:10162:2: ( ruleCode )
            {
            // InternalItup.g:10162:2: ( ruleCode )
            // InternalItup.g:10163:3: ruleCode
            {
             before(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getBureauAccess().getNameCodeParserRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__NameAssignment_0"


    // $ANTLR start "rule__Bureau__TitleAssignment_1"
    // InternalItup.g:10172:1: rule__Bureau__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__Bureau__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10176:1: ( ( RULE_STRING ) )
            // InternalItup.g:10177:2: ( RULE_STRING )
            {
            // InternalItup.g:10177:2: ( RULE_STRING )
            // InternalItup.g:10178:3: RULE_STRING
            {
             before(grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getBureauAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Bureau__TitleAssignment_1"


    // $ANTLR start "rule__Objective__NameAssignment_1"
    // InternalItup.g:10187:1: rule__Objective__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Objective__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10191:1: ( ( ruleCode ) )
            // InternalItup.g:10192:2: ( ruleCode )
            {
            // InternalItup.g:10192:2: ( ruleCode )
            // InternalItup.g:10193:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__NameAssignment_1"


    // $ANTLR start "rule__Objective__TitleAssignment_2"
    // InternalItup.g:10202:1: rule__Objective__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Objective__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10206:1: ( ( RULE_STRING ) )
            // InternalItup.g:10207:2: ( RULE_STRING )
            {
            // InternalItup.g:10207:2: ( RULE_STRING )
            // InternalItup.g:10208:3: RULE_STRING
            {
             before(grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__TitleAssignment_2"


    // $ANTLR start "rule__Objective__StatementAssignment_4_1"
    // InternalItup.g:10217:1: rule__Objective__StatementAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__Objective__StatementAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10221:1: ( ( RULE_STRING ) )
            // InternalItup.g:10222:2: ( RULE_STRING )
            {
            // InternalItup.g:10222:2: ( RULE_STRING )
            // InternalItup.g:10223:3: RULE_STRING
            {
             before(grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getObjectiveAccess().getStatementSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__StatementAssignment_4_1"


    // $ANTLR start "rule__Objective__PrimaryGoalsAssignment_5_0_2"
    // InternalItup.g:10232:1: rule__Objective__PrimaryGoalsAssignment_5_0_2 : ( ( ruleCode ) ) ;
    public final void rule__Objective__PrimaryGoalsAssignment_5_0_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10236:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10237:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10237:2: ( ( ruleCode ) )
            // InternalItup.g:10238:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0()); 
            // InternalItup.g:10239:3: ( ruleCode )
            // InternalItup.g:10240:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_2_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__PrimaryGoalsAssignment_5_0_2"


    // $ANTLR start "rule__Objective__PrimaryGoalsAssignment_5_0_3_1"
    // InternalItup.g:10251:1: rule__Objective__PrimaryGoalsAssignment_5_0_3_1 : ( ( ruleCode ) ) ;
    public final void rule__Objective__PrimaryGoalsAssignment_5_0_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10255:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10256:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10256:2: ( ( ruleCode ) )
            // InternalItup.g:10257:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0()); 
            // InternalItup.g:10258:3: ( ruleCode )
            // InternalItup.g:10259:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCodeParserRuleCall_5_0_3_1_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getPrimaryGoalsGoalCrossReference_5_0_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__PrimaryGoalsAssignment_5_0_3_1"


    // $ANTLR start "rule__Objective__SecondaryGoalsAssignment_5_1_2"
    // InternalItup.g:10270:1: rule__Objective__SecondaryGoalsAssignment_5_1_2 : ( ( ruleCode ) ) ;
    public final void rule__Objective__SecondaryGoalsAssignment_5_1_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10274:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10275:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10275:2: ( ( ruleCode ) )
            // InternalItup.g:10276:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0()); 
            // InternalItup.g:10277:3: ( ruleCode )
            // InternalItup.g:10278:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_2_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_2_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__SecondaryGoalsAssignment_5_1_2"


    // $ANTLR start "rule__Objective__SecondaryGoalsAssignment_5_1_3_1"
    // InternalItup.g:10289:1: rule__Objective__SecondaryGoalsAssignment_5_1_3_1 : ( ( ruleCode ) ) ;
    public final void rule__Objective__SecondaryGoalsAssignment_5_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10293:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10294:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10294:2: ( ( ruleCode ) )
            // InternalItup.g:10295:3: ( ruleCode )
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0()); 
            // InternalItup.g:10296:3: ( ruleCode )
            // InternalItup.g:10297:4: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_3_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCodeParserRuleCall_5_1_3_1_0_1()); 

            }

             after(grammarAccess.getObjectiveAccess().getSecondaryGoalsGoalCrossReference_5_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__SecondaryGoalsAssignment_5_1_3_1"


    // $ANTLR start "rule__Objective__WsisActionLinesAssignment_5_2_1"
    // InternalItup.g:10308:1: rule__Objective__WsisActionLinesAssignment_5_2_1 : ( ruleCode ) ;
    public final void rule__Objective__WsisActionLinesAssignment_5_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10312:1: ( ( ruleCode ) )
            // InternalItup.g:10313:2: ( ruleCode )
            {
            // InternalItup.g:10313:2: ( ruleCode )
            // InternalItup.g:10314:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__WsisActionLinesAssignment_5_2_1"


    // $ANTLR start "rule__Objective__WsisActionLinesAssignment_5_2_2_1"
    // InternalItup.g:10323:1: rule__Objective__WsisActionLinesAssignment_5_2_2_1 : ( ruleCode ) ;
    public final void rule__Objective__WsisActionLinesAssignment_5_2_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10327:1: ( ( ruleCode ) )
            // InternalItup.g:10328:2: ( ruleCode )
            {
            // InternalItup.g:10328:2: ( ruleCode )
            // InternalItup.g:10329:3: ruleCode
            {
             before(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getWsisActionLinesCodeParserRuleCall_5_2_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__WsisActionLinesAssignment_5_2_2_1"


    // $ANTLR start "rule__Objective__OutcomesAssignment_5_3"
    // InternalItup.g:10338:1: rule__Objective__OutcomesAssignment_5_3 : ( ruleOutcome ) ;
    public final void rule__Objective__OutcomesAssignment_5_3() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10342:1: ( ( ruleOutcome ) )
            // InternalItup.g:10343:2: ( ruleOutcome )
            {
            // InternalItup.g:10343:2: ( ruleOutcome )
            // InternalItup.g:10344:3: ruleOutcome
            {
             before(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0()); 
            pushFollow(FOLLOW_2);
            ruleOutcome();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getOutcomesOutcomeParserRuleCall_5_3_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__OutcomesAssignment_5_3"


    // $ANTLR start "rule__Objective__OutputsAssignment_5_4"
    // InternalItup.g:10353:1: rule__Objective__OutputsAssignment_5_4 : ( ruleOutput ) ;
    public final void rule__Objective__OutputsAssignment_5_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10357:1: ( ( ruleOutput ) )
            // InternalItup.g:10358:2: ( ruleOutput )
            {
            // InternalItup.g:10358:2: ( ruleOutput )
            // InternalItup.g:10359:3: ruleOutput
            {
             before(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0()); 
            pushFollow(FOLLOW_2);
            ruleOutput();

            state._fsp--;

             after(grammarAccess.getObjectiveAccess().getOutputsOutputParserRuleCall_5_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Objective__OutputsAssignment_5_4"


    // $ANTLR start "rule__Outcome__NameAssignment_1"
    // InternalItup.g:10368:1: rule__Outcome__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Outcome__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10372:1: ( ( ruleCode ) )
            // InternalItup.g:10373:2: ( ruleCode )
            {
            // InternalItup.g:10373:2: ( ruleCode )
            // InternalItup.g:10374:3: ruleCode
            {
             before(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutcomeAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__NameAssignment_1"


    // $ANTLR start "rule__Outcome__StatementAssignment_2"
    // InternalItup.g:10383:1: rule__Outcome__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Outcome__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10387:1: ( ( RULE_STRING ) )
            // InternalItup.g:10388:2: ( RULE_STRING )
            {
            // InternalItup.g:10388:2: ( RULE_STRING )
            // InternalItup.g:10389:3: RULE_STRING
            {
             before(grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutcomeAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__StatementAssignment_2"


    // $ANTLR start "rule__Outcome__IndicatorsAssignment_3_1"
    // InternalItup.g:10398:1: rule__Outcome__IndicatorsAssignment_3_1 : ( rulePerformanceIndicator ) ;
    public final void rule__Outcome__IndicatorsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10402:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:10403:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:10403:2: ( rulePerformanceIndicator )
            // InternalItup.g:10404:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutcomeAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Outcome__IndicatorsAssignment_3_1"


    // $ANTLR start "rule__Output__NameAssignment_1"
    // InternalItup.g:10413:1: rule__Output__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Output__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10417:1: ( ( ruleCode ) )
            // InternalItup.g:10418:2: ( ruleCode )
            {
            // InternalItup.g:10418:2: ( ruleCode )
            // InternalItup.g:10419:3: ruleCode
            {
             before(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getOutputAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__NameAssignment_1"


    // $ANTLR start "rule__Output__StatementAssignment_2"
    // InternalItup.g:10428:1: rule__Output__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Output__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10432:1: ( ( RULE_STRING ) )
            // InternalItup.g:10433:2: ( RULE_STRING )
            {
            // InternalItup.g:10433:2: ( RULE_STRING )
            // InternalItup.g:10434:3: RULE_STRING
            {
             before(grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getOutputAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__StatementAssignment_2"


    // $ANTLR start "rule__Output__IndicatorsAssignment_3_1"
    // InternalItup.g:10443:1: rule__Output__IndicatorsAssignment_3_1 : ( rulePerformanceIndicator ) ;
    public final void rule__Output__IndicatorsAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10447:1: ( ( rulePerformanceIndicator ) )
            // InternalItup.g:10448:2: ( rulePerformanceIndicator )
            {
            // InternalItup.g:10448:2: ( rulePerformanceIndicator )
            // InternalItup.g:10449:3: rulePerformanceIndicator
            {
             before(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            rulePerformanceIndicator();

            state._fsp--;

             after(grammarAccess.getOutputAccess().getIndicatorsPerformanceIndicatorParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Output__IndicatorsAssignment_3_1"


    // $ANTLR start "rule__PerformanceIndicator__NameAssignment_1"
    // InternalItup.g:10458:1: rule__PerformanceIndicator__NameAssignment_1 : ( RULE_STRING ) ;
    public final void rule__PerformanceIndicator__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10462:1: ( ( RULE_STRING ) )
            // InternalItup.g:10463:2: ( RULE_STRING )
            {
            // InternalItup.g:10463:2: ( RULE_STRING )
            // InternalItup.g:10464:3: RULE_STRING
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getNameSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__NameAssignment_1"


    // $ANTLR start "rule__PerformanceIndicator__UnitAssignment_2_1_0_1"
    // InternalItup.g:10473:1: rule__PerformanceIndicator__UnitAssignment_2_1_0_1 : ( RULE_STRING ) ;
    public final void rule__PerformanceIndicator__UnitAssignment_2_1_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10477:1: ( ( RULE_STRING ) )
            // InternalItup.g:10478:2: ( RULE_STRING )
            {
            // InternalItup.g:10478:2: ( RULE_STRING )
            // InternalItup.g:10479:3: RULE_STRING
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getPerformanceIndicatorAccess().getUnitSTRINGTerminalRuleCall_2_1_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__UnitAssignment_2_1_0_1"


    // $ANTLR start "rule__PerformanceIndicator__BaselineAssignment_2_1_1"
    // InternalItup.g:10488:1: rule__PerformanceIndicator__BaselineAssignment_2_1_1 : ( ruleBaseline ) ;
    public final void rule__PerformanceIndicator__BaselineAssignment_2_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10492:1: ( ( ruleBaseline ) )
            // InternalItup.g:10493:2: ( ruleBaseline )
            {
            // InternalItup.g:10493:2: ( ruleBaseline )
            // InternalItup.g:10494:3: ruleBaseline
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0()); 
            pushFollow(FOLLOW_2);
            ruleBaseline();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getBaselineBaselineParserRuleCall_2_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__BaselineAssignment_2_1_1"


    // $ANTLR start "rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1"
    // InternalItup.g:10503:1: rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1 : ( ruleDecimal ) ;
    public final void rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10507:1: ( ( ruleDecimal ) )
            // InternalItup.g:10508:2: ( ruleDecimal )
            {
            // InternalItup.g:10508:2: ( ruleDecimal )
            // InternalItup.g:10509:3: ruleDecimal
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0()); 
            pushFollow(FOLLOW_2);
            ruleDecimal();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getTargetValueDecimalParserRuleCall_2_1_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__TargetValueAssignment_2_1_2_1"


    // $ANTLR start "rule__PerformanceIndicator__DirectionAssignment_2_1_3_1"
    // InternalItup.g:10518:1: rule__PerformanceIndicator__DirectionAssignment_2_1_3_1 : ( ruleIndicatorDirection ) ;
    public final void rule__PerformanceIndicator__DirectionAssignment_2_1_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10522:1: ( ( ruleIndicatorDirection ) )
            // InternalItup.g:10523:2: ( ruleIndicatorDirection )
            {
            // InternalItup.g:10523:2: ( ruleIndicatorDirection )
            // InternalItup.g:10524:3: ruleIndicatorDirection
            {
             before(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleIndicatorDirection();

            state._fsp--;

             after(grammarAccess.getPerformanceIndicatorAccess().getDirectionIndicatorDirectionEnumRuleCall_2_1_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__PerformanceIndicator__DirectionAssignment_2_1_3_1"


    // $ANTLR start "rule__Enabler__NameAssignment_1"
    // InternalItup.g:10533:1: rule__Enabler__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__Enabler__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10537:1: ( ( ruleCode ) )
            // InternalItup.g:10538:2: ( ruleCode )
            {
            // InternalItup.g:10538:2: ( ruleCode )
            // InternalItup.g:10539:3: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__NameAssignment_1"


    // $ANTLR start "rule__Enabler__TitleAssignment_2"
    // InternalItup.g:10548:1: rule__Enabler__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Enabler__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10552:1: ( ( RULE_STRING ) )
            // InternalItup.g:10553:2: ( RULE_STRING )
            {
            // InternalItup.g:10553:2: ( RULE_STRING )
            // InternalItup.g:10554:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__TitleAssignment_2"


    // $ANTLR start "rule__Enabler__SupportsAllAssignment_4_1_0"
    // InternalItup.g:10563:1: rule__Enabler__SupportsAllAssignment_4_1_0 : ( ( 'all' ) ) ;
    public final void rule__Enabler__SupportsAllAssignment_4_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10567:1: ( ( ( 'all' ) ) )
            // InternalItup.g:10568:2: ( ( 'all' ) )
            {
            // InternalItup.g:10568:2: ( ( 'all' ) )
            // InternalItup.g:10569:3: ( 'all' )
            {
             before(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 
            // InternalItup.g:10570:3: ( 'all' )
            // InternalItup.g:10571:4: 'all'
            {
             before(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 
            match(input,85,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportsAllAllKeyword_4_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportsAllAssignment_4_1_0"


    // $ANTLR start "rule__Enabler__SupportedObjectivesAssignment_4_1_1_0"
    // InternalItup.g:10582:1: rule__Enabler__SupportedObjectivesAssignment_4_1_1_0 : ( ( ruleCode ) ) ;
    public final void rule__Enabler__SupportedObjectivesAssignment_4_1_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10586:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10587:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10587:2: ( ( ruleCode ) )
            // InternalItup.g:10588:3: ( ruleCode )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0()); 
            // InternalItup.g:10589:3: ( ruleCode )
            // InternalItup.g:10590:4: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_0_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_0_0_1()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportedObjectivesAssignment_4_1_1_0"


    // $ANTLR start "rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1"
    // InternalItup.g:10601:1: rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1 : ( ( ruleCode ) ) ;
    public final void rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10605:1: ( ( ( ruleCode ) ) )
            // InternalItup.g:10606:2: ( ( ruleCode ) )
            {
            // InternalItup.g:10606:2: ( ( ruleCode ) )
            // InternalItup.g:10607:3: ( ruleCode )
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0()); 
            // InternalItup.g:10608:3: ( ruleCode )
            // InternalItup.g:10609:4: ruleCode
            {
             before(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_1_1_0_1()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCodeParserRuleCall_4_1_1_1_1_0_1()); 

            }

             after(grammarAccess.getEnablerAccess().getSupportedObjectivesObjectiveCrossReference_4_1_1_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__SupportedObjectivesAssignment_4_1_1_1_1"


    // $ANTLR start "rule__Enabler__ActivitiesAssignment_5_0_1"
    // InternalItup.g:10620:1: rule__Enabler__ActivitiesAssignment_5_0_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ActivitiesAssignment_5_0_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10624:1: ( ( RULE_STRING ) )
            // InternalItup.g:10625:2: ( RULE_STRING )
            {
            // InternalItup.g:10625:2: ( RULE_STRING )
            // InternalItup.g:10626:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getActivitiesSTRINGTerminalRuleCall_5_0_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ActivitiesAssignment_5_0_1"


    // $ANTLR start "rule__Enabler__ContributionsAssignment_5_1_1"
    // InternalItup.g:10635:1: rule__Enabler__ContributionsAssignment_5_1_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ContributionsAssignment_5_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10639:1: ( ( RULE_STRING ) )
            // InternalItup.g:10640:2: ( RULE_STRING )
            {
            // InternalItup.g:10640:2: ( RULE_STRING )
            // InternalItup.g:10641:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getContributionsSTRINGTerminalRuleCall_5_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ContributionsAssignment_5_1_1"


    // $ANTLR start "rule__Enabler__ResultsAssignment_5_2_1"
    // InternalItup.g:10650:1: rule__Enabler__ResultsAssignment_5_2_1 : ( RULE_STRING ) ;
    public final void rule__Enabler__ResultsAssignment_5_2_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10654:1: ( ( RULE_STRING ) )
            // InternalItup.g:10655:2: ( RULE_STRING )
            {
            // InternalItup.g:10655:2: ( RULE_STRING )
            // InternalItup.g:10656:3: RULE_STRING
            {
             before(grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getEnablerAccess().getResultsSTRINGTerminalRuleCall_5_2_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Enabler__ResultsAssignment_5_2_1"


    // $ANTLR start "rule__StrategicRisk__NameAssignment_1"
    // InternalItup.g:10665:1: rule__StrategicRisk__NameAssignment_1 : ( ruleCode ) ;
    public final void rule__StrategicRisk__NameAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10669:1: ( ( ruleCode ) )
            // InternalItup.g:10670:2: ( ruleCode )
            {
            // InternalItup.g:10670:2: ( ruleCode )
            // InternalItup.g:10671:3: ruleCode
            {
             before(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleCode();

            state._fsp--;

             after(grammarAccess.getStrategicRiskAccess().getNameCodeParserRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__NameAssignment_1"


    // $ANTLR start "rule__StrategicRisk__TitleAssignment_2"
    // InternalItup.g:10680:1: rule__StrategicRisk__TitleAssignment_2 : ( RULE_STRING ) ;
    public final void rule__StrategicRisk__TitleAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10684:1: ( ( RULE_STRING ) )
            // InternalItup.g:10685:2: ( RULE_STRING )
            {
            // InternalItup.g:10685:2: ( RULE_STRING )
            // InternalItup.g:10686:3: RULE_STRING
            {
             before(grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getTitleSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__TitleAssignment_2"


    // $ANTLR start "rule__StrategicRisk__AspectsAssignment_4_1"
    // InternalItup.g:10695:1: rule__StrategicRisk__AspectsAssignment_4_1 : ( RULE_STRING ) ;
    public final void rule__StrategicRisk__AspectsAssignment_4_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10699:1: ( ( RULE_STRING ) )
            // InternalItup.g:10700:2: ( RULE_STRING )
            {
            // InternalItup.g:10700:2: ( RULE_STRING )
            // InternalItup.g:10701:3: RULE_STRING
            {
             before(grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getStrategicRiskAccess().getAspectsSTRINGTerminalRuleCall_4_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__AspectsAssignment_4_1"


    // $ANTLR start "rule__StrategicRisk__MitigationsAssignment_5"
    // InternalItup.g:10710:1: rule__StrategicRisk__MitigationsAssignment_5 : ( ruleMitigation ) ;
    public final void rule__StrategicRisk__MitigationsAssignment_5() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10714:1: ( ( ruleMitigation ) )
            // InternalItup.g:10715:2: ( ruleMitigation )
            {
            // InternalItup.g:10715:2: ( ruleMitigation )
            // InternalItup.g:10716:3: ruleMitigation
            {
             before(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0()); 
            pushFollow(FOLLOW_2);
            ruleMitigation();

            state._fsp--;

             after(grammarAccess.getStrategicRiskAccess().getMitigationsMitigationParserRuleCall_5_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__StrategicRisk__MitigationsAssignment_5"


    // $ANTLR start "rule__Mitigation__TreatmentAssignment_1"
    // InternalItup.g:10725:1: rule__Mitigation__TreatmentAssignment_1 : ( ruleRiskTreatment ) ;
    public final void rule__Mitigation__TreatmentAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10729:1: ( ( ruleRiskTreatment ) )
            // InternalItup.g:10730:2: ( ruleRiskTreatment )
            {
            // InternalItup.g:10730:2: ( ruleRiskTreatment )
            // InternalItup.g:10731:3: ruleRiskTreatment
            {
             before(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0()); 
            pushFollow(FOLLOW_2);
            ruleRiskTreatment();

            state._fsp--;

             after(grammarAccess.getMitigationAccess().getTreatmentRiskTreatmentEnumRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__TreatmentAssignment_1"


    // $ANTLR start "rule__Mitigation__StatementAssignment_2"
    // InternalItup.g:10740:1: rule__Mitigation__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__Mitigation__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10744:1: ( ( RULE_STRING ) )
            // InternalItup.g:10745:2: ( RULE_STRING )
            {
            // InternalItup.g:10745:2: ( RULE_STRING )
            // InternalItup.g:10746:3: RULE_STRING
            {
             before(grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getMitigationAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Mitigation__StatementAssignment_2"


    // $ANTLR start "rule__SwotItem__KindAssignment_0"
    // InternalItup.g:10755:1: rule__SwotItem__KindAssignment_0 : ( ruleSwotKind ) ;
    public final void rule__SwotItem__KindAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10759:1: ( ( ruleSwotKind ) )
            // InternalItup.g:10760:2: ( ruleSwotKind )
            {
            // InternalItup.g:10760:2: ( ruleSwotKind )
            // InternalItup.g:10761:3: ruleSwotKind
            {
             before(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0()); 
            pushFollow(FOLLOW_2);
            ruleSwotKind();

            state._fsp--;

             after(grammarAccess.getSwotItemAccess().getKindSwotKindEnumRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__KindAssignment_0"


    // $ANTLR start "rule__SwotItem__StatementAssignment_1"
    // InternalItup.g:10770:1: rule__SwotItem__StatementAssignment_1 : ( RULE_STRING ) ;
    public final void rule__SwotItem__StatementAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10774:1: ( ( RULE_STRING ) )
            // InternalItup.g:10775:2: ( RULE_STRING )
            {
            // InternalItup.g:10775:2: ( RULE_STRING )
            // InternalItup.g:10776:3: RULE_STRING
            {
             before(grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getSwotItemAccess().getStatementSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__SwotItem__StatementAssignment_1"


    // $ANTLR start "rule__ImplementationCriterion__TitleAssignment_1"
    // InternalItup.g:10785:1: rule__ImplementationCriterion__TitleAssignment_1 : ( RULE_STRING ) ;
    public final void rule__ImplementationCriterion__TitleAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10789:1: ( ( RULE_STRING ) )
            // InternalItup.g:10790:2: ( RULE_STRING )
            {
            // InternalItup.g:10790:2: ( RULE_STRING )
            // InternalItup.g:10791:3: RULE_STRING
            {
             before(grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getTitleSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__TitleAssignment_1"


    // $ANTLR start "rule__ImplementationCriterion__StatementAssignment_2"
    // InternalItup.g:10800:1: rule__ImplementationCriterion__StatementAssignment_2 : ( RULE_STRING ) ;
    public final void rule__ImplementationCriterion__StatementAssignment_2() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10804:1: ( ( RULE_STRING ) )
            // InternalItup.g:10805:2: ( RULE_STRING )
            {
            // InternalItup.g:10805:2: ( RULE_STRING )
            // InternalItup.g:10806:3: RULE_STRING
            {
             before(grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getImplementationCriterionAccess().getStatementSTRINGTerminalRuleCall_2_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__StatementAssignment_2"


    // $ANTLR start "rule__ImplementationCriterion__CriteriaAssignment_3_1"
    // InternalItup.g:10815:1: rule__ImplementationCriterion__CriteriaAssignment_3_1 : ( ruleImplementationCriterion ) ;
    public final void rule__ImplementationCriterion__CriteriaAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10819:1: ( ( ruleImplementationCriterion ) )
            // InternalItup.g:10820:2: ( ruleImplementationCriterion )
            {
            // InternalItup.g:10820:2: ( ruleImplementationCriterion )
            // InternalItup.g:10821:3: ruleImplementationCriterion
            {
             before(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0()); 
            pushFollow(FOLLOW_2);
            ruleImplementationCriterion();

            state._fsp--;

             after(grammarAccess.getImplementationCriterionAccess().getCriteriaImplementationCriterionParserRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__ImplementationCriterion__CriteriaAssignment_3_1"


    // $ANTLR start "rule__GlossaryTerm__TermAssignment_1"
    // InternalItup.g:10830:1: rule__GlossaryTerm__TermAssignment_1 : ( RULE_STRING ) ;
    public final void rule__GlossaryTerm__TermAssignment_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10834:1: ( ( RULE_STRING ) )
            // InternalItup.g:10835:2: ( RULE_STRING )
            {
            // InternalItup.g:10835:2: ( RULE_STRING )
            // InternalItup.g:10836:3: RULE_STRING
            {
             before(grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getTermSTRINGTerminalRuleCall_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__TermAssignment_1"


    // $ANTLR start "rule__GlossaryTerm__DefinitionAssignment_3_1"
    // InternalItup.g:10845:1: rule__GlossaryTerm__DefinitionAssignment_3_1 : ( RULE_STRING ) ;
    public final void rule__GlossaryTerm__DefinitionAssignment_3_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10849:1: ( ( RULE_STRING ) )
            // InternalItup.g:10850:2: ( RULE_STRING )
            {
            // InternalItup.g:10850:2: ( RULE_STRING )
            // InternalItup.g:10851:3: RULE_STRING
            {
             before(grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getGlossaryTermAccess().getDefinitionSTRINGTerminalRuleCall_3_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__DefinitionAssignment_3_1"


    // $ANTLR start "rule__GlossaryTerm__TranslationsAssignment_4"
    // InternalItup.g:10860:1: rule__GlossaryTerm__TranslationsAssignment_4 : ( ruleTranslation ) ;
    public final void rule__GlossaryTerm__TranslationsAssignment_4() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10864:1: ( ( ruleTranslation ) )
            // InternalItup.g:10865:2: ( ruleTranslation )
            {
            // InternalItup.g:10865:2: ( ruleTranslation )
            // InternalItup.g:10866:3: ruleTranslation
            {
             before(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0()); 
            pushFollow(FOLLOW_2);
            ruleTranslation();

            state._fsp--;

             after(grammarAccess.getGlossaryTermAccess().getTranslationsTranslationParserRuleCall_4_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__GlossaryTerm__TranslationsAssignment_4"


    // $ANTLR start "rule__Translation__LanguageAssignment_0"
    // InternalItup.g:10875:1: rule__Translation__LanguageAssignment_0 : ( RULE_ID ) ;
    public final void rule__Translation__LanguageAssignment_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10879:1: ( ( RULE_ID ) )
            // InternalItup.g:10880:2: ( RULE_ID )
            {
            // InternalItup.g:10880:2: ( RULE_ID )
            // InternalItup.g:10881:3: RULE_ID
            {
             before(grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0()); 
            match(input,RULE_ID,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getLanguageIDTerminalRuleCall_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__LanguageAssignment_0"


    // $ANTLR start "rule__Translation__TextAssignment_1_0"
    // InternalItup.g:10890:1: rule__Translation__TextAssignment_1_0 : ( RULE_STRING ) ;
    public final void rule__Translation__TextAssignment_1_0() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10894:1: ( ( RULE_STRING ) )
            // InternalItup.g:10895:2: ( RULE_STRING )
            {
            // InternalItup.g:10895:2: ( RULE_STRING )
            // InternalItup.g:10896:3: RULE_STRING
            {
             before(grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0_0()); 
            match(input,RULE_STRING,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getTextSTRINGTerminalRuleCall_1_0_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__TextAssignment_1_0"


    // $ANTLR start "rule__Translation__UnavailableAssignment_1_1"
    // InternalItup.g:10905:1: rule__Translation__UnavailableAssignment_1_1 : ( ( 'unavailable' ) ) ;
    public final void rule__Translation__UnavailableAssignment_1_1() throws RecognitionException {

        		int stackSize = keepStackSize();
        	
        try {
            // InternalItup.g:10909:1: ( ( ( 'unavailable' ) ) )
            // InternalItup.g:10910:2: ( ( 'unavailable' ) )
            {
            // InternalItup.g:10910:2: ( ( 'unavailable' ) )
            // InternalItup.g:10911:3: ( 'unavailable' )
            {
             before(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 
            // InternalItup.g:10912:3: ( 'unavailable' )
            // InternalItup.g:10913:4: 'unavailable'
            {
             before(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 
            match(input,86,FOLLOW_2); 
             after(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 

            }

             after(grammarAccess.getTranslationAccess().getUnavailableUnavailableKeyword_1_1_0()); 

            }


            }

        }
        catch (RecognitionException re) {
            reportError(re);
            recover(input,re);
        }
        finally {

            	restoreStackSize(stackSize);

        }
        return ;
    }
    // $ANTLR end "rule__Translation__UnavailableAssignment_1_1"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0600297500702040L,0x0000000000032000L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0200000000000002L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x0400290000702002L,0x0000000000032000L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x0000000200000000L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000030L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x0000008000000000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000008000000002L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x0000020000000000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x00000400F0000000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x00000000F0000002L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000400000000000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0001000000000000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0002000000000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0004000000000000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0058000000000000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0010000000000002L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x0040000000000002L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x0020040000000000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x0020000000000002L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x0188000000001000L,0x0000000000080040L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000040000000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0020000000000000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0180000000001002L,0x0000000000080040L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000020000000040L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x38002C0000000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x2000280000000002L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0xC0000008000E0800L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000040000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000000000002L,0x0000000000000040L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0400000000000000L,0x0000000000100000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000008000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0010040000000000L,0x0000000000000204L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0010000000000002L,0x0000000000000200L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x08200C0000000000L,0x0000000000000038L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x0020080000000002L,0x0000000000000038L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000006000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0xA000000000000000L,0x0000000000000180L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x00000000008C0000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0080040000000000L,0x0000000000001C00L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0080000000000002L,0x0000000000001800L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000000000000030L,0x0000000000200000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000040000000000L,0x000000000000C000L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000000000000002L,0x0000000000004000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0000000000000002L,0x0000000000008000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x000000000F000040L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000040000000000L,0x0000000000010000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0000000000000002L,0x0000000000010000L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000040000000020L,0x0000000000040000L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000000022L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000000040L,0x0000000000400000L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000018000L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000018002L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0000000000008000L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0xC0000008000E0802L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0xA000000000000002L,0x0000000000000180L});

}
